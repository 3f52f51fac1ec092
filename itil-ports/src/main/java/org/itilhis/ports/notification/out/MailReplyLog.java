package org.itilhis.ports.notification.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.notification.MailReply;

/**
 * Every mail of the replies mailbox the library handled, once per Message-ID, with what became
 * of it: what makes handling replies idempotent, and the list of refusals the service desk reads.
 * {@code org.itilhis.testkit.contract.MailReplyLogContract} checks an implementation.
 */
public interface MailReplyLog {
    Optional<MailReply> find(String messageId);

    /**
     * Records {@code reply} in the caller's transaction unless its Message-ID was recorded
     * already, which it leaves as it was.
     *
     * @return whether it was recorded: false when the Message-ID was there (another node, a
     *         second read of the same mail)
     */
    boolean record(MailReply reply);

    /**
     * The refused mails, newest first (by {@code handledAt}, then Message-ID, both descending),
     * at most {@code limit}, and only those after {@code after} in that order when given (a {@link MailReply#position()}): paging
     * on from the last mail of each page lists every refusal once.
     */
    List<MailReply> refused(Optional<MailReply.Position> after, int limit);
}
