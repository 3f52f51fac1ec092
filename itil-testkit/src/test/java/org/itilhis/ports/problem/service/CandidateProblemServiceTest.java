package org.itilhis.ports.problem.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.detection.CandidateProblem;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.problem.in.CandidateNotFoundException;
import org.itilhis.ports.problem.in.CandidateProblems;
import org.itilhis.ports.problem.in.ProblemView;
import org.junit.jupiter.api.Test;

/**
 * Proactive detection on the desk's stored incidents: three incidents on one HIS server within
 * a week are a candidate for problem manager Zhao, who accepts it (a problem with them linked)
 * or dismisses it (it comes back only with three new ones).
 */
class CandidateProblemServiceTest {
    private final ProblemDesk desk = new ProblemDesk();
    private final CandidateProblems candidates = desk.hospital.desk.problems.candidates();
    private final CiId server = desk.registeredCi();

    @Test
    void threeIncidentsOnOneItemWithinTheWeekAreACandidateOldestFirst() {
        List<TicketId> incidents = incidentsOnTheServer(3);

        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).singleElement().satisfies(candidate -> {
            assertThat(candidate.rule()).isEqualTo("same-ci");
            assertThat(candidate.key()).isEqualTo("ci:" + server.value());
            assertThat(candidate.incidents()).containsExactlyElementsOf(incidents);
        });
    }

    @Test
    void twoAreNotAndIncidentsOlderThanTheWindowDoNotCount() {
        incidentsOnTheServer(2);
        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).isEmpty();

        desk.hospital.later(Duration.ofDays(8));
        incidentsOnTheServer(1);
        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).isEmpty();
    }

    @Test
    void acceptingLogsAProblemWithTheCandidatesIncidentsLinkedAndTheCandidateIsGone() {
        List<TicketId> incidents = incidentsOnTheServer(3);
        CandidateProblem candidate = candidates.candidates(PROBLEM_MANAGER_ZHAO).get(0);

        ProblemView accepted = candidates.accept(new CandidateProblems.Accept(candidate.rule(), candidate.key(),
                desk.logging(PROBLEM_MANAGER_ZHAO, Set.of())));

        assertThat(accepted.summary().linkedIncidents()).containsExactlyInAnyOrderElementsOf(incidents);
        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).isEmpty();
        assertThatThrownBy(() -> candidates.accept(new CandidateProblems.Accept(candidate.rule(), candidate.key(),
                desk.logging(PROBLEM_MANAGER_ZHAO, Set.of())))).isInstanceOf(CandidateNotFoundException.class);
    }

    @Test
    void aDismissedCandidateComesBackOnlyWhenNewIncidentsReachTheThresholdAgain() {
        incidentsOnTheServer(3);
        CandidateProblem candidate = candidates.candidates(PROBLEM_MANAGER_ZHAO).get(0);

        candidates.dismiss(new CandidateProblems.Dismiss(PROBLEM_MANAGER_ZHAO, candidate.rule(), candidate.key(),
                "服务器已于本周更换"));

        assertThat(candidates.dismissals(PROBLEM_MANAGER_ZHAO)).singleElement().satisfies(dismissal -> {
            assertThat(dismissal.reason()).isEqualTo("服务器已于本周更换");
            assertThat(dismissal.dismissedBy()).contains(PROBLEM_MANAGER_ZHAO.staffId());
            assertThat(dismissal.key()).isEqualTo(candidate.key());
        });
        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).isEmpty();
        desk.hospital.later(Duration.ofMinutes(1)); // a dismissal hides the incidents raised up to its instant
        incidentsOnTheServer(2);
        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).isEmpty();
        List<TicketId> third = incidentsOnTheServer(1);
        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).singleElement()
                .satisfies(back -> assertThat(back.incidents()).hasSize(3).endsWith(third.get(0)));
    }

    @Test
    void onlyTheProblemManagerDecidesAndADismissalNeedsAReason() {
        incidentsOnTheServer(3);
        CandidateProblem candidate = candidates.candidates(PROBLEM_MANAGER_ZHAO).get(0);

        assertThatThrownBy(() -> candidates.candidates(AGENT_CHEN)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> candidates.dismissals(AGENT_CHEN)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> candidates.dismiss(new CandidateProblems.Dismiss(AGENT_CHEN, candidate.rule(),
                candidate.key(), "no"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> candidates.dismiss(new CandidateProblems.Dismiss(PROBLEM_MANAGER_ZHAO,
                candidate.rule(), candidate.key(), " "))).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> candidates.dismiss(new CandidateProblems.Dismiss(PROBLEM_MANAGER_ZHAO, "same-ci",
                "ci:nothing", "why"))).isInstanceOf(CandidateNotFoundException.class);
        assertThat(desk.hospital.desk.dismissals.list()).isEmpty();
        assertThat(candidates.candidates(PROBLEM_MANAGER_ZHAO)).hasSize(1);
    }

    private List<TicketId> incidentsOnTheServer(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            TicketId incident = desk.incident().id();
            desk.hospital.desk.cmdb.items().recordAffectedCis(AGENT_CHEN, incident, Set.of(server));
            return incident;
        }).toList();
    }
}
