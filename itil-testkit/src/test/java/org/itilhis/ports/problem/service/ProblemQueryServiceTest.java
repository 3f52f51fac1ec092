package org.itilhis.ports.problem.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemView;
import org.junit.jupiter.api.Test;

/** Who sees which problem, and how much of it: a reporter none, the desk no analysis, engineers all of it. */
class ProblemQueryServiceTest {
    private final ProblemDesk desk = new ProblemDesk();
    private final ProblemQueries queries = desk.hospital.desk.problems.queries();

    @Test
    void aReporterNeverSeesAProblemNorItsAnalysis() {
        ProblemView known = desk.knownError();

        for (Actor reporter : List.of(NURSE_WANG, CLERK_LI)) {
            assertThatThrownBy(() -> queries.problem(reporter, known.id())).isInstanceOf(ProblemNotFoundException.class);
            assertThat(queries.byNumber(reporter, known.number())).isEmpty();
            assertThat(queries.search(reporter, ProblemSearch.all(10))).isEmpty();
            assertThat(queries.knownErrors(reporter, 10)).isEmpty();
            assertThatThrownBy(() -> queries.history(reporter, known.id())).isInstanceOf(ProblemNotFoundException.class);
        }
    }

    @Test
    void theDeskSeesAKnownErrorsWorkaroundButNotTheAnalysisNorItsEvents() {
        ProblemView known = desk.knownError();

        ProblemView seen = queries.problem(AGENT_CHEN, known.id());

        assertThat(seen.analysis()).isEmpty();
        assertThat(seen.publishedWorkaround()).contains("手工导入新证书后重启挂号客户端");
        assertThat(queries.history(AGENT_CHEN, known.id())).extracting(event -> event.type())
                .containsExactly("problem.logged", "problem.investigation-started", "problem.known-error-published");
        assertThat(queries.history(PROBLEM_MANAGER_ZHAO, known.id())).hasSize(5)
                .anyMatch(event -> event instanceof ProblemEvent.RootCauseIdentified);
    }

    @Test
    void engineersAndTheDirectorReadTheAnalysisAndTheVendorSeesOnlyItsGroupsProblems() {
        ProblemView known = desk.knownError();

        for (Actor reader : List.of(ENGINEER_LIU, DIRECTOR_GAO, PROBLEM_MANAGER_ZHAO)) {
            assertThat(queries.problem(reader, known.id()).analysis()).as("%s", reader.staffId())
                    .hasValueSatisfying(analysis -> assertThat(analysis.rootCause()).isPresent());
        }
        assertThatThrownBy(() -> queries.problem(VENDOR_ENGINEER, known.id()))
                .isInstanceOf(ProblemNotFoundException.class);
        assertThat(queries.search(VENDOR_ENGINEER, ProblemSearch.all(10))).isEmpty();
    }

    @Test
    void aCommandsAnswerWithholdsTheAnalysisFromAnActorWhoMayNotReadIt() {
        ProblemId id = desk.knownError(desk.incident().id()).id();

        ProblemView answered = desk.handle(new ProblemCommand.LinkIncident(AGENT_CHEN, id, null,
                desk.incident().id()));

        assertThat(answered.analysis()).isEmpty();
        assertThat(answered.summary().linkedIncidents()).hasSize(2);
    }

    @Test
    void byNumberKnownErrorsAndPagingAfterTheLastNumberReadEveryProblemOnce() {
        ProblemView known = desk.knownError();
        for (int i = 0; i < 4; i++) {
            desk.log();
        }

        assertThat(queries.byNumber(AGENT_CHEN, ProblemNumber.parse("PRB-2026-000001"))).map(ProblemView::id)
                .contains(known.id());
        assertThat(queries.knownErrors(AGENT_CHEN, 10)).extracting(ProblemView::id).containsExactly(known.id());
        List<String> read = new ArrayList<>();
        ProblemSearch search = ProblemSearch.all(2).withStatuses(List.of(ProblemStatus.LOGGED));
        List<ProblemView> page = queries.search(AGENT_CHEN, search);
        while (!page.isEmpty()) {
            page.forEach(view -> read.add(view.number().toString()));
            page = page.size() < 2 ? List.of()
                    : queries.search(AGENT_CHEN, search.after(page.get(page.size() - 1).number()));
        }
        assertThat(read).containsExactly("PRB-2026-000002", "PRB-2026-000003", "PRB-2026-000004", "PRB-2026-000005");
    }
}
