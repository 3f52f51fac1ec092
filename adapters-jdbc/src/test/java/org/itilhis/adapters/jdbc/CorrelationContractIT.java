package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.AlertIncidents;
import org.itilhis.ports.monitoring.out.CiStates;
import org.itilhis.ports.monitoring.out.CorrelatorPosition;
import org.itilhis.testkit.contract.AlertIncidentsContract;
import org.itilhis.testkit.contract.CiStatesContract;
import org.itilhis.testkit.contract.CorrelatorPositionContract;
import org.junit.jupiter.api.BeforeEach;

/** Monitoring's correlation stores (V38) against the test kit's contracts, on one database. */
abstract class CorrelationContractIT extends DatabaseIT
        implements CorrelatorPositionContract, CiStatesContract, AlertIncidentsContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Override
    public CorrelatorPosition position() {
        return storage.correlation().position();
    }

    @Override
    public CiStates states() {
        return storage.correlation().states();
    }

    @Override
    public AlertIncidents incidents() {
        return storage.correlation().incidents();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }
}
