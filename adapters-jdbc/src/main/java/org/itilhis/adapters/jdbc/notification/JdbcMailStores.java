package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/** Replies by e-mail's registration in a JDBC storage: the log of handled mails, built from the parts every practice shares. */
public final class JdbcMailStores {
    private final JdbcMailReplyLog replies;

    public JdbcMailStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.replies = new JdbcMailReplyLog(parts.transactions(), parts.dialect());
    }

    /** Every mail of the replies mailbox handled, once per Message-ID, with its outcome. */
    public JdbcMailReplyLog replies() {
        return replies;
    }
}
