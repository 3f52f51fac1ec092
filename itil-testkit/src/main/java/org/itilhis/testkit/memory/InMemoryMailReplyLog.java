package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.notification.MailReply;
import org.itilhis.ports.notification.out.MailReplyLog;

/** The handled mails in a map by Message-ID, undone with the transaction like {@link InMemoryIdempotencyStore}. */
public final class InMemoryMailReplyLog implements MailReplyLog {
    private static final Comparator<MailReply> NEWEST_FIRST = Comparator
            .comparing((MailReply reply) -> reply.handledAt())
            .thenComparing(MailReply::messageId).reversed();

    private final InMemoryTransactions transactions;
    private final Map<String, MailReply> replies = new ConcurrentHashMap<>();

    public InMemoryMailReplyLog(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<MailReply> find(String messageId) {
        return Optional.ofNullable(replies.get(checkNotNull(messageId, "messageId")));
    }

    @Override
    public boolean record(MailReply reply) {
        checkNotNull(reply, "reply");
        return transactions.locked(() -> {
            if (replies.putIfAbsent(reply.messageId(), reply) != null) {
                return false;
            }
            transactions.onRollback(() -> replies.remove(reply.messageId(), reply));
            return true;
        });
    }

    @Override
    public List<MailReply> refused(Optional<MailReply.Position> after, int limit) {
        checkNotNull(after, "after");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return replies.values().stream()
                .filter(reply -> !reply.outcome().isAccepted())
                .filter(reply -> after.map(position -> isAfter(reply.position(), position)).orElse(true))
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** Whether {@code candidate} comes after {@code position} newest first: older, or as old with a smaller id. */
    private static boolean isAfter(MailReply.Position candidate, MailReply.Position position) {
        int byTime = candidate.handledAt().compareTo(position.handledAt());
        return byTime < 0 || byTime == 0 && candidate.messageId().compareTo(position.messageId()) < 0;
    }
}
