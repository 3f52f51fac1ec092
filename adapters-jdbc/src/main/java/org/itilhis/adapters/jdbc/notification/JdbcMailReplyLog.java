package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.notification.out.MailReplyLog;

/**
 * The handled mails in {@code mail_reply} (migration V36), one row per Message-ID. Recording
 * inserts skipping a duplicate key, in the caller's transaction: a Message-ID recorded already,
 * or being recorded by a concurrent uncommitted transaction (which the insert waits for), is
 * reported as {@code false}, never as an error, so the caller rolls back what it did for the
 * mail. The refusals are read by keyset, newest first, through the index on (refused,
 * handled_at, message_id).
 */
public final class JdbcMailReplyLog implements MailReplyLog {
    private static final String COLUMNS = "message_id, sender, subject, received_at, handled_at, outcome, refused, "
            + "detail, ticket_number, contact_id";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String insertSql;

    public JdbcMailReplyLog(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO mail_reply (" + COLUMNS + ") VALUES ("
                + ":message_id, :sender, :subject, :received_at, :handled_at, :outcome, :refused, :detail, "
                + ":ticket_number, :contact_id)");
    }

    @Override
    public Optional<MailReply> find(String messageId) {
        checkNotNull(messageId, "messageId");
        return transactions.withHandle("finding the handled mail " + messageId, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM mail_reply WHERE message_id = :message_id")
                .bind("message_id", messageId)
                .map((row, context) -> read(row))
                .findOne());
    }

    @Override
    public boolean record(MailReply reply) {
        checkNotNull(reply, "reply");
        return transactions.withHandle("recording the handled mail " + reply.messageId(), handle ->
                dialect.inserted(() -> handle.createUpdate(insertSql)
                        .bind("message_id", reply.messageId())
                        .bind("sender", reply.from())
                        .bind("subject", reply.subject())
                        .bind("received_at", utc(reply.receivedAt()))
                        .bind("handled_at", utc(reply.handledAt()))
                        .bind("outcome", reply.outcome().name())
                        .bind("refused", !reply.outcome().isAccepted())
                        .bind("detail", reply.detail())
                        .bind("ticket_number", reply.ticket().map(TicketNumber::toString).orElse(null))
                        .bind("contact_id", reply.contact().map(ContactId::toString).orElse(null))
                        .execute()));
    }

    @Override
    public List<MailReply> refused(Optional<MailReply.Position> after, int limit) {
        checkNotNull(after, "after");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        String older = after.isEmpty() ? "" : " AND (handled_at < " + dialect.timestamp("after_at")
                + " OR handled_at = " + dialect.timestamp("after_at") + " AND message_id < :after_id)";
        return transactions.withHandle("reading the refused mails", handle -> {
            var select = handle.createQuery("SELECT " + COLUMNS + " FROM mail_reply WHERE refused = :refused" + older
                            + " ORDER BY refused, handled_at DESC, message_id DESC")
                    .bind("refused", true);
            after.ifPresent(position -> select.bind("after_at", utc(position.handledAt()))
                    .bind("after_id", position.messageId()));
            return select.setMaxRows(limit).map((row, context) -> read(row)).list();
        });
    }

    private static MailReply read(ResultSet row) throws SQLException {
        return new MailReply(row.getString("message_id"), row.getString("sender"), row.getString("subject"),
                utc(row, "received_at"), utc(row, "handled_at"), MailReplyOutcome.valueOf(row.getString("outcome")),
                row.getString("detail"), Optional.ofNullable(row.getString("ticket_number")).map(TicketNumber::parse),
                Optional.ofNullable(row.getString("contact_id")).map(ContactId::parse));
    }
}
