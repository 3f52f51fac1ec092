package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.ticket.TicketEvent;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
    private static final Instant RAISED = Instant.parse("2026-03-02T01:00:00Z");
    private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(SlaFixture.DESKTOP, SlaFixture.HIS_OUTPATIENT);

    /** The desktop printer incident of {@link SlaTickets}. */
    private final List<TicketEvent> history = SlaTickets.history(SlaTickets.incident(SlaTickets.P2, RAISED));

    @Test
    void aTicketIsMeasuredAgainstTheServiceItsCategoryNames() {
        SlaPolicy byDefault = new SlaPolicy(CATALOGUE, CalendarPolicy.hospitalDefault());
        SlaPolicy byRule = new SlaPolicy(CATALOGUE.withRule(CategoryCode.of("desktop.printer"), "HIS outpatient"),
                CalendarPolicy.hospitalDefault());

        assertThat(byDefault.measure(history, RAISED.plusSeconds(60)).service()).isEqualTo("desktop and printers");
        assertThat(byRule.measure(history, RAISED.plusSeconds(60)).service()).isEqualTo("HIS outpatient");
    }

    /** Another node's clock may run slightly ahead: its event is then later than this node's "now". */
    @Test
    void anEventLaterThanNowIsMeasuredAtItsOwnTime() {
        SlaMeasurement m = new SlaPolicy(CATALOGUE, CalendarPolicy.hospitalDefault())
                .measure(history, RAISED.minusSeconds(5));

        assertThat(m.response().measuredAt()).isEqualTo(RAISED);
    }
}
