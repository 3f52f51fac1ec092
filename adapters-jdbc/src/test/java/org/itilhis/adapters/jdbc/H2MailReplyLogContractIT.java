package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The log of handled mails' contract on the JDBC adapter over H2. */
class H2MailReplyLogContractIT extends MailReplyLogContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
