package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.InboundMail;
import org.itilhis.ports.notification.out.MailReplyLog;
import org.itilhis.ports.notification.out.MailThreading;
import org.itilhis.ports.notification.out.Mailbox;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies by e-mail become caller updates: a cluster timer's work, run on one node at a time.
 * Each new mail of the replies {@link Mailbox} is handled once per Message-ID ({@link
 * MailReplyLog}) and then marked processed:
 * <ol>
 * <li>noise is refused first and never acted on: bounces, automatic replies and the library's own
 * notifications come back ({@link MailNoise});</li>
 * <li>the ticket is found by the number in the subject, else by the Message-ID of the
 * notification answered (In-Reply-To, References; {@link MailThreading});</li>
 * <li>the sender is the person whose e-mail preference names the From address;</li>
 * <li>the reply's new text ({@link ReplyText}) is logged as an e-mail contact of that person and
 * linked to the ticket, through the service desk's own use case and <em>as the sender</em>, with
 * the reporter's role only: the access policy then lets it through exactly when the sender is the
 * ticket's caller (log contact and link contact, scope own), and the audit trail shows the caller
 * did it, from e-mail. A sender who is not the caller (an engineer answering an assignment, a
 * colleague in copy) is refused rather than let the library act for someone it did not
 * authenticate beyond the From address.</li>
 * </ol>
 * The contact, its link and the record of the mail commit in one transaction, so a crash leaves
 * either all or nothing, and a mail read again is skipped. A refusal by the desk (a closed
 * ticket, say) is recorded with its code and the mail is not retried.
 */
public final class EmailReplies {
    private static final Logger LOG = LoggerFactory.getLogger(EmailReplies.class);

    private final Mailbox mailbox;
    private final MailReplyLog replies;
    private final NotificationPreferenceRepository preferences;
    private final ServiceDeskUseCase desk;
    private final TicketQueries tickets;
    private final Transactions transactions;
    private final Clock clock;
    private final int batch;

    /**
     * @param batch the most mails one run reads: the rest wait for the next run
     */
    public EmailReplies(Mailbox mailbox, MailReplyLog replies, NotificationPreferenceRepository preferences,
                        ServiceDeskUseCase desk, TicketQueries tickets, Transactions transactions, Clock clock,
                        int batch) {
        this.mailbox = checkNotNull(mailbox, "mailbox");
        this.replies = checkNotNull(replies, "replies");
        this.preferences = checkNotNull(preferences, "preferences");
        this.desk = checkNotNull(desk, "desk");
        this.tickets = checkNotNull(tickets, "tickets");
        this.transactions = checkNotNull(transactions, "transactions");
        this.clock = checkNotNull(clock, "clock");
        checkArgument(batch > 0, "batch %s is not positive", batch);
        this.batch = batch;
    }

    /**
     * Handles the mails waiting in the mailbox.
     *
     * @throws org.itilhis.ports.common.StorageException when the mailbox or the database cannot be
     *         reached: the mails not yet handled wait for the next run
     */
    public Pass run() {
        int accepted = 0;
        int refused = 0;
        int skipped = 0;
        for (InboundMail mail : mailbox.unprocessed(batch)) {
            if (replies.find(key(mail)).isPresent()) {
                skipped++;
            } else {
                Optional<MailReply> handled = handle(mail);
                if (handled.isEmpty()) {
                    skipped++;
                } else if (handled.get().outcome().isAccepted()) {
                    accepted++;
                } else {
                    refused++;
                }
            }
            mailbox.markProcessed(mail.messageId());
        }
        return new Pass(accepted, refused, skipped);
    }

    /** What became of {@code mail}, or empty when another run recorded it first. */
    private Optional<MailReply> handle(InboundMail mail) {
        Instant now = clock.instant();
        Optional<MailNoise.Verdict> noise = MailNoise.of(mail);
        if (noise.isPresent()) {
            return refuse(mail, now, noise.get().outcome(), noise.get().detail(), Optional.empty());
        }
        Optional<TicketNumber> number = reference(mail);
        if (number.isEmpty()) {
            return refuse(mail, now, MailReplyOutcome.NO_REFERENCE, "no ticket number in the subject or references",
                    Optional.empty());
        }
        Optional<StaffId> sender = preferences.byAddress(Channel.EMAIL, mail.from()).map(p -> p.staff());
        if (sender.isEmpty()) {
            return refuse(mail, now, MailReplyOutcome.UNKNOWN_SENDER, "no preference names " + mail.from(), number);
        }
        Actor caller = new Actor(sender.get(), ImmutableSet.of(Role.REPORTER), Optional.of(origin(mail)));
        Optional<TicketView> ticket = tickets.byNumber(caller, number.get())
                .filter(view -> view.details().caller().equals(sender.get()));
        if (ticket.isEmpty()) {
            return refuse(mail, now, MailReplyOutcome.NOT_THE_CALLER,
                    sender.get() + " is not the caller of " + number.get(), number);
        }
        String text = ReplyText.of(mail.text());
        if (text.isEmpty()) {
            return refuse(mail, now, MailReplyOutcome.EMPTY_REPLY, "nothing above the quoted message", number);
        }
        try {
            return accept(mail, now, caller, ticket.get(), text);
        } catch (HandledElsewhere raced) {
            return Optional.empty();
        } catch (DomainException refusal) {
            LOG.info("The service desk refused the reply {} to {}: {}", mail.messageId(), number.get(), refusal.code());
            return refuse(mail, now, MailReplyOutcome.REFUSED_BY_DESK, refusal.code(), number);
        }
    }

    private Optional<MailReply> accept(InboundMail mail, Instant now, Actor caller, TicketView ticket, String text) {
        return transactions.inTransaction(() -> {
            ContactView contact = desk.logContact(new ContactCommand.Log(caller, ContactChannel.EMAIL,
                    caller.staffId(), ticket.details().department(), ticket.details().location().orElse(null), null,
                    description(text)));
            desk.linkToTicket(new ContactCommand.LinkToTicket(caller, contact.id(), ticket.id()));
            MailReply reply = MailReply.accepted(key(mail), mail.from(), mail.subject(), mail.receivedAt(), now,
                    ticket.number(), contact.id());
            if (!replies.record(reply)) {
                throw new HandledElsewhere();
            }
            return Optional.of(reply);
        });
    }

    private Optional<MailReply> refuse(InboundMail mail, Instant now, MailReplyOutcome outcome, String detail,
                                       Optional<TicketNumber> ticket) {
        MailReply reply = MailReply.refused(key(mail), mail.from(), mail.subject(), mail.receivedAt(), now,
                outcome, detail, ticket);
        boolean recorded = transactions.inTransaction(() -> replies.record(reply));
        return recorded ? Optional.of(reply) : Optional.empty();
    }

    /**
     * The mail's key in the log: its Message-ID, or for one longer than the log keeps (no client
     * writes one, but a hostile sender may) a digest of it, so that it is refused once like any
     * other rather than stop every run.
     */
    static String key(InboundMail mail) {
        String id = mail.messageId();
        if (id.length() <= MailReply.MAX_MESSAGE_ID) {
            return id;
        }
        return "sha256." + Hashing.sha256().hashString(id, StandardCharsets.UTF_8) + "@long-message-id";
    }

    private static Optional<TicketNumber> reference(InboundMail mail) {
        return Stream.concat(MailThreading.referenceInSubject(mail.subject()).stream(),
                        mail.references().stream().flatMap(id -> MailThreading.referenceInMessageId(id).stream()))
                .flatMap(text -> parse(text).stream())
                .findFirst();
    }

    private static Optional<TicketNumber> parse(String text) {
        try {
            return Optional.of(TicketNumber.parse(text));
        } catch (IllegalArgumentException notATicket) {
            return Optional.empty();  // another record's number (a change's, say), or an unknown prefix
        }
    }

    private static String description(String text) {
        int max = 8000;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String origin(InboundMail mail) {
        String origin = "e-mail from " + mail.from();
        return origin.length() <= Actor.MAX_ORIGIN_LENGTH ? origin : origin.substring(0, Actor.MAX_ORIGIN_LENGTH);
    }

    /** What one run did: mails accepted as caller updates, refused, and skipped as handled before. */
    public record Pass(int accepted, int refused, int skipped) {
    }

    /** Another node recorded the same mail first: undo this one's contact. */
    private static final class HandledElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandledElsewhere() {
            super("the mail was handled by another node", null, false, false);
        }
    }
}
