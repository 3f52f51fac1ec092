package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.adapters.jdbc.RosterLives;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.HandoverEvent;
import org.itilhis.core.roster.HandoverSnapshot;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEvent;
import org.itilhis.core.roster.RosterSnapshot;
import org.itilhis.core.roster.ShiftsDefined;
import org.itilhis.core.roster.SwapEvent;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapSnapshot;
import org.itilhis.core.shared.DomainEvent;
import org.junit.jupiter.api.Test;

/**
 * The duty roster's events and snapshots in the codec: every roster, swap and handover event
 * and the shifts defined come back equal under their type names, so the event log and the
 * histories read them; the snapshots the stores keep come back equal too.
 */
class JsonCodecRosterTest {
    private final JsonCodec codec = new JsonCodec();

    @Test
    void everyRosterSwapAndHandoverEventRoundTripsEqualUnderItsTypeName() {
        Roster roster = RosterLives.edited(UUID.randomUUID(), new SwapId(UUID.randomUUID()));
        List<DomainEvent> events = new ArrayList<>(roster.pullEvents());
        RosterLives.decidedSwaps(roster).forEach(swap -> events.addAll(swap.pullEvents()));
        RosterLives.handovers().forEach(handover -> events.addAll(handover.pullEvents()));
        events.add(new ShiftsDefined(RosterLives.shifts(), RosterLives.LEAD, RosterLives.AT));

        assertThat(events.stream().map(Object::getClass).distinct()).containsExactlyInAnyOrderElementsOf(Stream.of(
                        RosterEvent.class.getPermittedSubclasses(), SwapEvent.class.getPermittedSubclasses(),
                        HandoverEvent.class.getPermittedSubclasses(), new Class<?>[] {ShiftsDefined.class})
                .flatMap(Stream::of).toList());
        for (DomainEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
        assertThat(events).extracting(codec::typeOf).contains("roster.generated", "roster.duty-replaced",
                "roster.shifts-defined", "swap.requested", "swap.approved", "handover.written", "handover.flagged");
    }

    @Test
    void theRostersSwapsHandoversAndShiftsTheStoresKeepRoundTripEqual() {
        Roster roster = RosterLives.edited(UUID.randomUUID(), new SwapId(UUID.randomUUID()));
        RosterSnapshot snapshot = roster.snapshot();
        GroupShifts shifts = RosterLives.shifts();

        assertThat(codec.read(codec.write(snapshot), RosterSnapshot.class)).isEqualTo(snapshot);
        assertThat(codec.read(codec.write(shifts), GroupShifts.class)).isEqualTo(shifts);
        assertThat(codec.write(shifts)).contains("\"zone\":\"Asia/Shanghai\"", "\"responseTime\":900",
                "\"start\":\"17:30:00\"");
        RosterLives.decidedSwaps(roster).forEach(swap -> assertThat(codec.read(codec.write(swap.snapshot()),
                SwapSnapshot.class)).isEqualTo(swap.snapshot()));
        RosterLives.handovers().forEach(handover -> assertThat(codec.read(codec.write(handover.snapshot()),
                HandoverSnapshot.class)).isEqualTo(handover.snapshot()));
    }
}
