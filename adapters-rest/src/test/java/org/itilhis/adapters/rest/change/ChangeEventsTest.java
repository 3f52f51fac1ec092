package org.itilhis.adapters.rest.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.change.ChangeEvent;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.IncidentLink;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.junit.jupiter.api.Test;

/** The data of the change events the HTTP story does not reach: plans, a window with its override, failure, backout, cancellation and links. */
class ChangeEventsTest {
    private static final ChangeId CHANGE = new ChangeId(UUID.randomUUID());
    private static final StaffId LIN = StaffId.of("lin");
    private static final Instant AT = Instant.parse("2026-03-03T05:00:00Z");

    @Test
    void eachStepShowsItsFactsWithTheApisNamesAndValues() {
        assertThat(data(new ChangeEvent.PlansRevised(CHANGE, ChangePlans.of("patch node 1", " ", "open a chart"),
                LIN, AT))).containsExactly(Map.entry("implementationPlan", "patch node 1"),
                Map.entry("testPlan", "open a chart"));
        assertThat(data(new ChangeEvent.Scheduled(CHANGE, PlannedWindow.of(AT, AT.plusSeconds(3600)),
                Optional.of("ransomware"), LIN, AT))).containsExactly(Map.entry("windowStart", "2026-03-03T05:00:00Z"),
                Map.entry("windowEnd", "2026-03-03T06:00:00Z"), Map.entry("conflictOverride", "ransomware"));
        assertThat(data(new ChangeEvent.Failed(CHANGE, "disk full", true, LIN, AT)))
                .containsExactly(Map.entry("reason", "disk full"), Map.entry("backoutRan", true));
        assertThat(data(new ChangeEvent.BackedOut(CHANGE, "slow", LIN, AT))).containsExactly(Map.entry("reason", "slow"));
        assertThat(data(new ChangeEvent.Cancelled(CHANGE, "merged", LIN, AT)))
                .containsExactly(Map.entry("reason", "merged"));
        UUID problem = UUID.randomUUID();
        assertThat(data(new ChangeEvent.ProblemLinked(CHANGE, new ProblemId(problem), LIN, AT)))
                .containsExactly(Map.entry("problem", problem.toString()));
        UUID incident = UUID.randomUUID();
        assertThat(data(new ChangeEvent.IncidentLinked(CHANGE, new IncidentLink(new TicketId(incident),
                IncidentRelation.CAUSED), LIN, AT))).containsExactly(Map.entry("incident", incident.toString()),
                Map.entry("relation", "CAUSED"));
        assertThat(data(new ChangeEvent.Implemented(CHANGE, LIN, AT))).isEmpty();
        assertThat(ChangeEvents.of(new ChangeEvent.Implemented(CHANGE, LIN, AT)).type()).isEqualTo("change.implemented");
    }

    private static Map<String, Object> data(ChangeEvent event) {
        return ChangeEvents.of(event).data();
    }
}
