package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.release.out.ReleaseNumberSequence;
import org.itilhis.ports.release.out.ReleaseRepository;
import org.junit.jupiter.api.BeforeEach;

/**
 * As {@link ContractIT}, for release management's contracts: a class of their own because
 * {@code ReleaseNumberSequenceContract} asks for {@code numbers()} as the ticket numbers'
 * contract does, with another type.
 */
abstract class ReleaseContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public ReleaseRepository releases() {
        return storage.release().releases();
    }

    public ReleaseNumberSequence numbers() {
        return storage.release().numbers();
    }
}
