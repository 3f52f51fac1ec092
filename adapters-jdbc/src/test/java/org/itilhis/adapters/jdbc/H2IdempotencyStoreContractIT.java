package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.IdempotencyStoreContract;

/** The test kit's idempotency store contract on H2. */
class H2IdempotencyStoreContractIT extends ContractIT implements IdempotencyStoreContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
