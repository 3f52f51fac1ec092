package org.itilhis.adapters.jdbc;

import org.itilhis.ports.change.out.ChangeAdvisoryBoards;
import org.itilhis.ports.change.out.ChangeNumberSequence;
import org.itilhis.ports.change.out.ChangeRepository;
import org.itilhis.ports.change.out.ChangeTemplates;
import org.itilhis.ports.change.out.ChangeWindows;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.BeforeEach;

/** As {@link ProblemContractIT}, for change management's contracts. */
abstract class ChangeContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public ChangeRepository changes() {
        return storage.change().changes();
    }

    public ChangeNumberSequence numbers() {
        return storage.change().numbers();
    }

    public ChangeAdvisoryBoards boards() {
        return storage.change().boards();
    }

    public ChangeTemplates templates() {
        return storage.change().templates();
    }

    public ChangeWindows windows() {
        return storage.change().windows();
    }
}
