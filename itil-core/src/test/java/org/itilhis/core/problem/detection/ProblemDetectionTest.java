package org.itilhis.core.problem.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.junit.jupiter.api.Test;

class ProblemDetectionTest {
    private static final Instant NOW = Instant.parse("2026-03-09T08:00:00Z");
    private static final CiId WARD_PRINTER = new CiId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    private static final CiId HIS_SERVER = new CiId(UUID.fromString("00000000-0000-0000-0000-00000000c002"));
    private static final LocationId WARD_5_EAST = LocationId.of("building-2/floor-5/east-nurse-station");
    private static final LocationId OUTPATIENT = LocationId.of("building-1/floor-1/outpatient-hall");

    private final ProblemDetection detection = ProblemDetection.hospitalDefault();
    private int sequence;

    private IncidentSignal incident(Duration ago, String category, LocationId location, CiId... cis) {
        return new IncidentSignal(new TicketId(new UUID(0, ++sequence)), NOW.minus(ago), CategoryCode.of(category),
                Optional.ofNullable(location), ImmutableSet.copyOf(cis));
    }

    @Test
    void threeIncidentsOnOnePrinterWithinAWeekAreACandidateOldestFirst() {
        IncidentSignal first = incident(Duration.ofDays(6), "printer", WARD_5_EAST, WARD_PRINTER);
        IncidentSignal second = incident(Duration.ofDays(2), "printer", null, WARD_PRINTER);
        IncidentSignal third = incident(Duration.ofHours(1), "desktop.pc", OUTPATIENT, WARD_PRINTER, HIS_SERVER);

        List<CandidateProblem> found = detection.candidates(List.of(third, first, second), NOW, List.of());

        assertThat(found).containsExactly(new CandidateProblem("same-ci", "ci:" + WARD_PRINTER.value(),
                com.google.common.collect.ImmutableList.of(first.ticket(), second.ticket(), third.ticket())));
    }

    @Test
    void anIncidentOlderThanTheWindowOrRaisedAfterNowDoesNotCount() {
        List<IncidentSignal> incidents = List.of(incident(Duration.ofDays(7), "printer", null, WARD_PRINTER),
                incident(Duration.ofDays(3), "printer", null, WARD_PRINTER),
                incident(Duration.ofDays(1), "printer", null, WARD_PRINTER),
                incident(Duration.ofDays(-1), "printer", null, WARD_PRINTER));

        assertThat(detection.candidates(incidents, NOW, List.of())).isEmpty();
    }

    @Test
    void fiveOfOneCategoryAtOneLocationAreACandidateAndWithoutALocationTheyAreNot() {
        List<IncidentSignal> atTheWard = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            atTheWard.add(incident(Duration.ofHours(10 + i), "his.pharmacy", WARD_5_EAST));
        }
        List<IncidentSignal> nowhere = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            nowhere.add(incident(Duration.ofHours(10 + i), "his.pharmacy", null));
        }

        assertThat(detection.candidates(atTheWard, NOW, List.of())).extracting(CandidateProblem::key)
                .containsExactly("category:his.pharmacy@" + WARD_5_EAST.value());
        assertThat(detection.candidates(nowhere, NOW, List.of())).isEmpty();
    }

    @Test
    void aDismissedClusterComesBackOnlyWhenNewIncidentsReachTheThresholdAgain() {
        List<IncidentSignal> incidents = new ArrayList<>(List.of(
                incident(Duration.ofDays(5), "printer", null, WARD_PRINTER),
                incident(Duration.ofDays(4), "printer", null, WARD_PRINTER),
                incident(Duration.ofDays(3), "printer", null, WARD_PRINTER)));
        Dismissal dismissed = new Dismissal("same-ci", "ci:" + WARD_PRINTER.value(), NOW.minus(Duration.ofDays(2)),
                StaffId.of("PM001"), "paper stock of a bad batch, replaced");

        incidents.add(incident(Duration.ofDays(1), "printer", null, WARD_PRINTER));
        incidents.add(incident(Duration.ofHours(5), "printer", null, WARD_PRINTER));
        assertThat(detection.candidates(incidents, NOW, List.of(dismissed))).isEmpty();

        IncidentSignal third = incident(Duration.ofHours(1), "printer", null, WARD_PRINTER);
        incidents.add(third);
        assertThat(detection.candidates(incidents, NOW, List.of(dismissed))).singleElement()
                .satisfies(candidate -> assertThat(candidate.incidents()).hasSize(3).endsWith(third.ticket()));
    }

    @Test
    void rulesAreDataAndTheirMistakesAreNamed() {
        assertThatThrownBy(() -> new DetectionRule("same-ci", DetectionRule.Grouping.SAME_CI, 1, Duration.ofDays(7)))
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> new DetectionRule("Same CI", DetectionRule.Grouping.SAME_CI, 3, Duration.ofDays(7)))
                .hasMessageContaining("rule code");
        assertThatThrownBy(() -> new DetectionRule("same-ci", DetectionRule.Grouping.SAME_CI, 3, Duration.ZERO))
                .hasMessageContaining("window");
        DetectionRule rule = new DetectionRule("same-ci", DetectionRule.Grouping.SAME_CI, 3, Duration.ofDays(7));
        assertThatThrownBy(() -> ProblemDetection.of(List.of(rule, rule))).hasMessageContaining("same-ci");
        assertThatThrownBy(() -> new Dismissal("same-ci", "ci:x", NOW, StaffId.of("PM001"), " ")).hasMessageContaining("reason");
        assertThat(ProblemDetection.hospitalDefault().lookBack()).isEqualTo(Duration.ofDays(7));
    }
}
