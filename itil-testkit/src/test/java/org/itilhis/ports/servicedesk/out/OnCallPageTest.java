package org.itilhis.ports.servicedesk.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

class OnCallPageTest {
    private static final Instant NIGHT = Instant.parse("2026-03-02T14:00:00Z");
    private static final TicketId TICKET = new TicketId(new UUID(17, 1));
    private static final TicketNumber NUMBER = TicketNumber.parse("INC-2026-000042");
    private static final List<StaffId> CHAIN = List.of(DemoHospital.ENGINEER_LIU.staffId(),
            DemoHospital.LEAD_SUN.staffId());

    @Test
    void theNextPageGoesToTheNextPersonWithTheSameResponseTimeFromWhenTheyArePaged() {
        OnCallPage first = OnCallPage.of(TICKET, NUMBER, DemoHospital.DESKTOP, CHAIN, 0, NIGHT, Duration.ofMinutes(15));

        OnCallPage next = first.next(NIGHT.plusSeconds(960));

        assertThat(first.engineer()).isEqualTo(DemoHospital.ENGINEER_LIU.staffId());
        assertThat(first.deadline()).isEqualTo(NIGHT.plusSeconds(900));
        assertThat(next.engineer()).isEqualTo(DemoHospital.LEAD_SUN.staffId());
        assertThat(next.position()).isEqualTo(1);
        assertThat(next.deadline()).isEqualTo(NIGHT.plusSeconds(960 + 900));
        assertThat(next.isLast()).isTrue();
        assertThat(next.isOpen()).isTrue();
    }

    @Test
    void theLastOfTheChainHasNoNextPage() {
        OnCallPage last = OnCallPage.of(TICKET, NUMBER, DemoHospital.DESKTOP, CHAIN, 1, NIGHT, Duration.ofMinutes(15));

        assertThatThrownBy(() -> last.next(NIGHT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last of the on-call chain");
    }

    @Test
    void aPageOutsideItsChainOrOfAChainNamingSomeoneTwiceOrWithoutResponseTimeIsRefused() {
        assertThatThrownBy(() -> OnCallPage.of(TICKET, NUMBER, DemoHospital.DESKTOP, CHAIN, 2, NIGHT,
                Duration.ofMinutes(15))).hasMessageContaining("outside the chain");
        assertThatThrownBy(() -> OnCallPage.of(TICKET, NUMBER, DemoHospital.DESKTOP,
                List.of(CHAIN.get(0), CHAIN.get(0)), 0, NIGHT, Duration.ofMinutes(15)))
                .hasMessageContaining("names someone twice");
        assertThatThrownBy(() -> OnCallPage.of(TICKET, NUMBER, DemoHospital.DESKTOP, CHAIN, 0, NIGHT, Duration.ZERO))
                .hasMessageContaining("not positive");
    }
}
