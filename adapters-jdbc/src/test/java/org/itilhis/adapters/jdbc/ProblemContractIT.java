package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.problem.out.DetectionDismissals;
import org.itilhis.ports.problem.out.ProblemNumberSequence;
import org.itilhis.ports.problem.out.ProblemRepository;
import org.junit.jupiter.api.BeforeEach;

/**
 * As {@link ContractIT}, for problem management's contracts: a class of their own because
 * {@code ProblemNumberSequenceContract} asks for {@code numbers()} as the ticket numbers'
 * contract does, with another type.
 */
abstract class ProblemContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public ProblemRepository problems() {
        return storage.problem().problems();
    }

    public ProblemNumberSequence numbers() {
        return storage.problem().numbers();
    }

    public DetectionDismissals dismissals() {
        return storage.problem().dismissals();
    }
}
