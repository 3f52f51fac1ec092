package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.AlertIncidents;
import org.itilhis.ports.monitoring.out.CiStates;
import org.itilhis.ports.monitoring.out.CorrelatorPosition;
import org.itilhis.testkit.contract.AlertIncidentsContract;
import org.itilhis.testkit.contract.CiStatesContract;
import org.itilhis.testkit.contract.CorrelatorPositionContract;

class InMemoryCorrelationStoresTest implements CorrelatorPositionContract, CiStatesContract, AlertIncidentsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryCorrelatorPosition position = new InMemoryCorrelatorPosition(transactions);
    private final InMemoryCiStates states = new InMemoryCiStates(transactions);
    private final InMemoryAlertIncidents incidents = new InMemoryAlertIncidents(transactions);

    @Override
    public CorrelatorPosition position() {
        return position;
    }

    @Override
    public CiStates states() {
        return states;
    }

    @Override
    public AlertIncidents incidents() {
        return incidents;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
