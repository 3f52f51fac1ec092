package org.itilhis.ports.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.reporting.out.DailyFact;
import org.itilhis.ports.reporting.out.WorkTrack;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final TicketId TICKET = new TicketId(new UUID(7, 1));
    private static final Instant NIGHT = Instant.parse("2026-03-07T16:00:00Z");

    private final Attribution attribution = new Attribution(ZoneId.of("Asia/Shanghai"),
            DemoHospital.inMemory().directory, Map.of(TICKET.toString(), new WorkTrack(TICKET.toString(),
                    DemoHospital.DESKTOP.value(), DemoHospital.WARD_5_EAST.value(), 0, false, Optional.empty())));

    private void apply(long position, TicketEvent event) {
        attribution.apply(new LoggedEvent(position, event));
    }

    @Test
    void theLibraryPassingAnUnacceptedTicketDownTheOnCallChainIsNoOnesWork() {
        StaffId zhou = DemoHospital.ENGINEER_ZHOU.staffId();
        apply(1, new TicketEvent.Assigned(TICKET, DemoHospital.DESKTOP, Optional.of(zhou), SupportTier.FIRST_LINE,
                true, Actor.SYSTEM_ID, NIGHT));
        apply(2, new TicketEvent.Assigned(TICKET, DemoHospital.DESKTOP, Optional.empty(), SupportTier.FIRST_LINE,
                true, DemoHospital.LEAD_SUN.staffId(), NIGHT));

        assertThat(attribution.batch(0, 2).facts()).extracting(fact -> fact.slice().engineer())
                .containsExactly(DemoHospital.LEAD_SUN.staffId());
        assertThat(attribution.batch(0, 2).facts()).extracting(DailyFact::counts)
                .allSatisfy(counts -> assertThat(counts.reassignedAway()).isEqualTo(1));
    }

    @Test
    void theLibrarysOwnWorkLogEntryOnAFaultsIncidentIsNoOnesWorkAndLeavesNoIntervalToSplit() {
        StaffId zhou = DemoHospital.ENGINEER_ZHOU.staffId();
        apply(1, new TicketEvent.WorkLogged(TICKET, new org.itilhis.core.ticket.WorkLogEntry(Actor.SYSTEM_ID, 1,
                "inspection-round 381: temperature 29.1 °C found again", false, NIGHT), Actor.SYSTEM_ID, NIGHT));
        apply(2, new TicketEvent.WorkLogged(TICKET, new org.itilhis.core.ticket.WorkLogEntry(zhou, 30,
                "reset the air conditioner", false, NIGHT), zhou, NIGHT));

        var batch = attribution.batch(0, 2);
        assertThat(batch.facts()).extracting(fact -> fact.slice().engineer()).containsExactly(zhou);
        assertThat(batch.facts()).extracting(fact -> fact.counts().minutesWorked()).containsExactly(30L);
        assertThat(batch.intervals()).hasSize(1);
    }
}
