package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * One e-mail of the replies mailbox as it was handled, kept once per Message-ID so that a mail
 * read twice (a crash before it was marked processed, two nodes) is acted on once. An accepted
 * reply names the ticket and the contact it became; a refused one its reason, and the ticket
 * when one was found.
 *
 * @param messageId  the mail's Message-ID as sent (or the mailbox's stand-in when it had none),
 *                   at most {@value #MAX_MESSAGE_ID} characters
 * @param from       the sender's address as written, at most {@value #MAX_ADDRESS} characters
 * @param subject    the subject, cut to {@value #MAX_SUBJECT} characters
 * @param receivedAt when the mailbox received it
 * @param handledAt  when the library handled it
 * @param outcome    what became of it
 * @param detail     why, in a few words or a refusal's code (empty for an accepted reply),
 *                   at most {@value #MAX_DETAIL} characters
 * @param ticket     the ticket it was matched to, when one was
 * @param contact    the contact it became, exactly when accepted
 */
public record MailReply(String messageId, String from, String subject, Instant receivedAt, Instant handledAt,
                        MailReplyOutcome outcome, String detail, Optional<TicketNumber> ticket,
                        Optional<ContactId> contact) {
    public static final int MAX_MESSAGE_ID = 250;
    public static final int MAX_ADDRESS = 320;
    public static final int MAX_SUBJECT = 250;
    public static final int MAX_DETAIL = 250;

    public MailReply {
        checkNotNull(messageId, "messageId");
        checkArgument(!messageId.isBlank() && messageId.length() <= MAX_MESSAGE_ID,
                "messageId is blank or longer than %s characters", MAX_MESSAGE_ID);
        checkNotNull(from, "from");
        from = cut(from.strip(), MAX_ADDRESS);
        checkNotNull(subject, "subject");
        subject = cut(subject.strip(), MAX_SUBJECT);
        checkNotNull(receivedAt, "receivedAt");
        checkNotNull(handledAt, "handledAt");
        checkNotNull(outcome, "outcome");
        checkNotNull(detail, "detail");
        detail = cut(detail.strip(), MAX_DETAIL);
        checkNotNull(ticket, "ticket");
        checkNotNull(contact, "contact");
        checkArgument(contact.isPresent() == outcome.isAccepted(),
                "mail %s: a contact is named exactly when the reply was accepted (outcome %s)", messageId, outcome);
        checkArgument(!outcome.isAccepted() || ticket.isPresent(), "mail %s: an accepted reply names its ticket",
                messageId);
    }

    /** Where this mail stands in the list of refusals, newest first: to page on after it. */
    public Position position() {
        return new Position(handledAt, messageId);
    }

    /** A place in the list of handled mails: newest first by {@code handledAt}, then Message-ID descending. */
    public record Position(Instant handledAt, String messageId) {
        public Position {
            checkNotNull(handledAt, "handledAt");
            checkNotNull(messageId, "messageId");
        }
    }

    /** A reply the desk took: logged as {@code contact} and linked to {@code ticket}. */
    public static MailReply accepted(String messageId, String from, String subject, Instant receivedAt,
                                     Instant handledAt, TicketNumber ticket, ContactId contact) {
        return new MailReply(messageId, from, subject, receivedAt, handledAt, MailReplyOutcome.ACCEPTED, "",
                Optional.of(ticket), Optional.of(contact));
    }

    /** A mail refused for {@code outcome}, about {@code ticket} when one was found. */
    public static MailReply refused(String messageId, String from, String subject, Instant receivedAt,
                                    Instant handledAt, MailReplyOutcome outcome, String detail,
                                    Optional<TicketNumber> ticket) {
        checkArgument(!checkNotNull(outcome, "outcome").isAccepted(), "a refusal cannot be %s", outcome);
        return new MailReply(messageId, from, subject, receivedAt, handledAt, outcome, detail, ticket,
                Optional.empty());
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max; // never half a character
        return text.substring(0, end);
    }
}
