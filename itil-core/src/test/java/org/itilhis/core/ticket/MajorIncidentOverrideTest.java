package org.itilhis.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class MajorIncidentOverrideTest {
    private static final StaffId LEAD = StaffId.of("E0200");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aMajorIncidentCannotBeOverriddenBelowTheTopPriority() {
        Ticket ticket = new TicketFixture().raise(TicketType.INCIDENT, TicketFixture.MAJOR_ASSESSMENT);
        long events = ticket.version();

        assertThatThrownBy(() -> ticket.overridePriority(new PriorityOverride(Priority.P4, "not that bad", LEAD, AT), LEAD, AT))
                .isInstanceOf(MajorIncidentPriorityException.class)
                .hasMessageContaining("P4");
        assertThat(ticket.priority()).isEqualTo(Priority.P1);
        assertThat(ticket.version()).isEqualTo(events);
    }
}
