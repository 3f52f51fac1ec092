package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.util.List;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

class DemoProblemsTest {
    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final DemoCmdb.Estate estate = DemoCmdb.loadInto(desk.cmdb, CONFIG_MANAGER_QIAN);

    @Test
    void theDeskSeesTwoPublishedKnownErrorsWithTheirWorkaroundsAndOneProblemUnderInvestigation() {
        DemoProblems.loadInto(desk.problems.problems(), desk.problems.queries(), estate);

        List<ProblemView> knownErrors = desk.problems.queries().knownErrors(AGENT_CHEN, 10);
        assertThat(knownErrors).extracting(view -> view.summary().details().summary())
                .containsExactlyInAnyOrder(DemoProblems.EXPIRED_CERTIFICATE, DemoProblems.PRINTER_JAM);
        assertThat(knownErrors).allSatisfy(view -> assertThat(view.publishedWorkaround()).isPresent());
        assertThat(desk.problems.queries().search(PROBLEM_MANAGER_ZHAO,
                        ProblemSearch.all(10).withStatuses(List.of(ProblemStatus.UNDER_INVESTIGATION))))
                .extracting(view -> view.summary().details().summary()).containsExactly(DemoProblems.SLOW_PACS);
    }

    @Test
    void loadingAgainWritesNothing() {
        assertThat(DemoProblems.loadInto(desk.problems.problems(), desk.problems.queries(), estate)).hasSize(3);

        assertThat(DemoProblems.loadInto(desk.problems.problems(), desk.problems.queries(), estate)).isEmpty();
        assertThat(desk.problems.queries().search(PROBLEM_MANAGER_ZHAO, ProblemSearch.all(10))).hasSize(3);
    }
}
