package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The log of handled mails' contract on the JDBC adapter over MariaDB. */
class MariaDbMailReplyLogContractIT extends MailReplyLogContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
