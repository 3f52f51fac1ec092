package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.IdempotencyStoreContract;

/** The test kit's idempotency store contract on Postgresql. */
class PostgresqlIdempotencyStoreContractIT extends ContractIT implements IdempotencyStoreContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
