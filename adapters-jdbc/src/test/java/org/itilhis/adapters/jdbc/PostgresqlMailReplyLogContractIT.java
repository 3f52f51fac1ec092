package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The log of handled mails' contract on the JDBC adapter over PostgreSQL. */
class PostgresqlMailReplyLogContractIT extends MailReplyLogContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
