package org.itilhis.adapters.rest.notification;

import java.time.Instant;
import org.itilhis.core.notification.MailReply;

/**
 * One mail of the replies mailbox the library refused.
 *
 * @param messageId  its Message-ID (or the mailbox's stand-in)
 * @param from       the sender's address
 * @param subject    the subject, cut to 250 characters
 * @param receivedAt when the mailbox received it
 * @param handledAt  when the library refused it
 * @param outcome    why: BOUNCE, AUTO_REPLY, OWN_MESSAGE, NO_REFERENCE, UNKNOWN_SENDER,
 *                   NOT_THE_CALLER, EMPTY_REPLY or REFUSED_BY_DESK
 * @param reason     the outcome in the reader's language
 * @param detail     what showed it (a header, the desk's refusal code)
 * @param ticket     the ticket it was matched to; absent when none was
 */
public record MailReplyJson(String messageId, String from, String subject, Instant receivedAt, Instant handledAt,
                            String outcome, String reason, String detail, String ticket) {
    static MailReplyJson of(MailReply reply, String reason) {
        return new MailReplyJson(reply.messageId(), reply.from(), reply.subject(), reply.receivedAt(),
                reply.handledAt(), reply.outcome().name(), reason, reply.detail(),
                reply.ticket().map(Object::toString).orElse(null));
    }
}
