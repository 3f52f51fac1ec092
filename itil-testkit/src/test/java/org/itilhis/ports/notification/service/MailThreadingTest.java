package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itilhis.ports.notification.out.MailThreading;
import org.junit.jupiter.api.Test;

/** The Message-IDs and subjects that let a reply find its ticket. */
class MailThreadingTest {
    @Test
    void theMessageIdNamesTheMessageAndTheRecordAndIsReadBack() {
        String id = MailThreading.messageId("evt_812.1", "INC-2026-000123", "hospital.example");

        assertThat(id).isEqualTo("evt_812.1.INC-2026-000123@itilhis.hospital.example");
        assertThat(MailThreading.referenceInMessageId(id)).contains("INC-2026-000123");
        assertThat(MailThreading.referenceInMessageId(" " + id + " ")).contains("INC-2026-000123");
    }

    @Test
    void someoneElsesMessageIdNamesNoRecordEvenIfItHoldsANumber() {
        assertThat(MailThreading.referenceInMessageId("INC-2026-000123@mail.hospital.example")).isEmpty();
        assertThat(MailThreading.referenceInMessageId("CAF=x.INC-2026-000123@itilhis-fake.example")).isEmpty();
    }

    @Test
    void theSubjectGetsTheNumberInBracketsUnlessItNamesItAlready() {
        assertThat(MailThreading.subject(" 事件已分派 ", "INC-2026-000123")).isEqualTo("[INC-2026-000123] 事件已分派");
        assertThat(MailThreading.subject("INC-2026-000123 assigned", "INC-2026-000123"))
                .isEqualTo("INC-2026-000123 assigned");
        assertThat(MailThreading.referenceInSubject("回复：Re: [INC-2026-000123] 事件已分派")).contains("INC-2026-000123");
        assertThat(MailThreading.referenceInSubject("Re: printer")).isEmpty();
    }

    @Test
    void partsThatWouldBreakTheMessageIdAreRefused() {
        assertThatThrownBy(() -> MailThreading.messageId("evt 1", "INC-2026-000123", "h.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailThreading.messageId("evt_1", "INC-2026-000123", "h.example>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
