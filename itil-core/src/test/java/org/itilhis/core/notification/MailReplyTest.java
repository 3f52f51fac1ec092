package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.junit.jupiter.api.Test;

class MailReplyTest {
    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
    private static final TicketNumber TICKET = TicketNumber.of(TicketType.INCIDENT, 2026, 123);
    private static final ContactId CONTACT = new ContactId(new UUID(1, 2));

    @Test
    void anAcceptedReplyNamesItsTicketAndContact() {
        MailReply reply = MailReply.accepted("m@x", " wang@h.example ", " Re: x ", AT, AT, TICKET, CONTACT);

        assertThat(reply.from()).isEqualTo("wang@h.example");
        assertThat(reply.subject()).isEqualTo("Re: x");
        assertThat(reply.detail()).isEmpty();
        assertThat(reply.position()).isEqualTo(new MailReply.Position(AT, "m@x"));
    }

    @Test
    void aRefusalNamesNoContactAndCannotBeAnAcceptance() {
        assertThatThrownBy(() -> MailReply.refused("m@x", "a", "s", AT, AT, MailReplyOutcome.ACCEPTED, "d",
                Optional.of(TICKET))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailReply("m@x", "a", "s", AT, AT, MailReplyOutcome.BOUNCE, "d", Optional.empty(),
                Optional.of(CONTACT))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailReply("m@x", "a", "s", AT, AT, MailReplyOutcome.ACCEPTED, "", Optional.empty(),
                Optional.of(CONTACT))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongSubjectIsCutWithoutSplittingACharacter() {
        String subject = "a".repeat(MailReply.MAX_SUBJECT - 1) + "😀😀";

        MailReply reply = MailReply.refused("m@x", "a", subject, AT, AT, MailReplyOutcome.AUTO_REPLY, "d",
                Optional.empty());

        assertThat(reply.subject()).isEqualTo("a".repeat(MailReply.MAX_SUBJECT - 1));
    }

    @Test
    void noiseIsTheRefusalsMadeBeforeAnyoneIsLookedUp() {
        assertThat(MailReplyOutcome.BOUNCE.isNoise()).isTrue();
        assertThat(MailReplyOutcome.OWN_MESSAGE.isNoise()).isTrue();
        assertThat(MailReplyOutcome.NOT_THE_CALLER.isNoise()).isFalse();
        assertThat(MailReplyOutcome.ACCEPTED.isAccepted()).isTrue();
    }
}
