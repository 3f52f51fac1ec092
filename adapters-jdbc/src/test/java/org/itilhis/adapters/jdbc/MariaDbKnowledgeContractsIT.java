package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.ArticleNumberSequenceContract;
import org.itilhis.testkit.contract.ArticleRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** Knowledge management's contracts of the test kit, on the JDBC adapters over MariaDB. */
class MariaDbKnowledgeContractsIT extends KnowledgeContractIT implements ArticleRepositoryContract,
        ArticleNumberSequenceContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
