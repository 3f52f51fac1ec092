package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.AlertLog;
import org.itilhis.ports.monitoring.out.AlertMappingRepository;
import org.itilhis.ports.monitoring.out.AlertRejectionLog;
import org.itilhis.ports.monitoring.out.AlertSourceRepository;
import org.itilhis.testkit.contract.AlertLogContract;
import org.itilhis.testkit.contract.AlertMappingRepositoryContract;
import org.itilhis.testkit.contract.AlertRejectionLogContract;
import org.itilhis.testkit.contract.AlertSourceRepositoryContract;

/** The monitoring stores' contracts on the in-memory adapters. */
class InMemoryMonitoringStoresTest implements AlertLogContract, AlertSourceRepositoryContract,
        AlertMappingRepositoryContract, AlertRejectionLogContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAlertLog alerts = new InMemoryAlertLog(transactions);
    private final InMemoryAlertSources sources = new InMemoryAlertSources(transactions);
    private final InMemoryAlertMappings mappings = new InMemoryAlertMappings(transactions);
    private final InMemoryAlertRejections rejections = new InMemoryAlertRejections(transactions);

    @Override
    public AlertLog alertLog() {
        return alerts;
    }

    @Override
    public AlertSourceRepository alertSources() {
        return sources;
    }

    @Override
    public AlertMappingRepository alertMappings() {
        return mappings;
    }

    @Override
    public AlertRejectionLog alertRejections() {
        return rejections;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
