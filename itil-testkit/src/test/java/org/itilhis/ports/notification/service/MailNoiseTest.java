package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.ports.notification.out.InboundMail;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Which mails no person wrote, and why. */
class MailNoiseTest {
    private static InboundMail mail(String from, String subject, Map<String, String> headers) {
        return InboundMail.of("m1@x.example", from, subject, "text", headers, List.of(),
                Instant.parse("2026-12-07T02:00:00Z"));
    }

    private static Optional<MailReplyOutcome> outcome(InboundMail mail) {
        return MailNoise.of(mail).map(MailNoise.Verdict::outcome);
    }

    @Test
    void aPlainReplyIsNoNoise() {
        assertThat(MailNoise.of(mail("wang@h.example", "Re: [INC-2026-000123]", Map.of()))).isEmpty();
        assertThat(MailNoise.of(mail("wang@h.example", "Re: x", Map.of("Auto-Submitted", "No",
                "Precedence", "first-class", "Return-Path", "<wang@h.example>")))).isEmpty();
    }

    @Test
    void bouncesAreKnownByTheirReportTheirSenderOrTheirEmptyReturnPath() {
        assertThat(outcome(mail("x@h.example", "x", Map.of("Content-Type",
                "multipart/report; report-type=delivery-status")))).contains(MailReplyOutcome.BOUNCE);
        assertThat(outcome(mail("Postmaster@h.example", "x", Map.of()))).contains(MailReplyOutcome.BOUNCE);
        assertThat(outcome(mail("mailer-daemon@h.example", "x", Map.of()))).contains(MailReplyOutcome.BOUNCE);
        assertThat(outcome(mail("x@h.example", "x", Map.of("Return-Path", "< >")))).contains(MailReplyOutcome.BOUNCE);
    }

    @Test
    void aReadReceiptIsAnAutomaticReplyNotABounce() {
        assertThat(outcome(mail("x@h.example", "Read: x", Map.of("Content-Type",
                "multipart/report; report-type=disposition-notification")))).contains(MailReplyOutcome.AUTO_REPLY);
    }

    @Test
    void automaticRepliesAreKnownByTheirHeadersOrAnOutOfOfficeSubject() {
        for (Map<String, String> headers : List.of(Map.of("Auto-Submitted", "auto-replied; owner-email=x"),
                Map.of("auto-submitted", "auto-generated"), Map.of("X-Autoreply", "yes"),
                Map.of("Precedence", "bulk"), Map.of("Precedence", "junk"), Map.of("Precedence", "List"),
                Map.of("X-Auto-Response-Suppress", "OOF"))) {
            assertThat(outcome(mail("x@h.example", "Re: x", headers))).as("%s", headers)
                    .contains(MailReplyOutcome.AUTO_REPLY);
        }
        for (String subject : List.of("Automatic reply: x", "Out of Office: x", "自动回复：x", "Auto: x")) {
            assertThat(outcome(mail("x@h.example", subject, Map.of()))).as(subject)
                    .contains(MailReplyOutcome.AUTO_REPLY);
        }
    }

    @Test
    void ourOwnNotificationIsKnownByItsHeaderOrItsMessageIdBeforeItsAutoSubmitted() {
        assertThat(outcome(mail("desk@h.example", "[INC-2026-000123] x", Map.of("X-Itilhis-Reference",
                "INC-2026-000123", "Auto-Submitted", "auto-generated")))).contains(MailReplyOutcome.OWN_MESSAGE);
        InboundMail ours = InboundMail.of("evt_1.1.INC-2026-000123@itilhis.h.example", "desk@h.example", "x", "t",
                Map.of(), List.of(), Instant.EPOCH);
        assertThat(outcome(ours)).contains(MailReplyOutcome.OWN_MESSAGE);
    }

    @Property
    void anyAutoSubmittedValueButNoMakesTheMailNoise(@ForAll("tokens") String value, @ForAll boolean upper) {
        Assume.that(!value.equalsIgnoreCase("no"));
        String written = upper ? value.toUpperCase(Locale.ROOT) : value;

        assertThat(outcome(mail("wang@h.example", "Re: [INC-2026-000123]", Map.of("Auto-Submitted", written + "; x=y"))))
                .contains(MailReplyOutcome.AUTO_REPLY);
        assertThat(outcome(mail("wang@h.example", "Re: [INC-2026-000123]", Map.of("Auto-Submitted", written,
                "X-Itilhis-Reference", "INC-2026-000123")))).contains(MailReplyOutcome.OWN_MESSAGE);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.oneOf(Arbitraries.of("auto-replied", "auto-generated", "auto-notified", "No-thanks", "n"),
                Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(20));
    }
}
