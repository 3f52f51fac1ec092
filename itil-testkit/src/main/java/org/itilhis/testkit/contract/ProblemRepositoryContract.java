package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ProblemSamples.INCIDENT;
import static org.itilhis.testkit.contract.ProblemSamples.MANAGER;
import static org.itilhis.testkit.contract.ProblemSamples.tick;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.out.ProblemRepository;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.contract.ProblemSamples.Stage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link ProblemRepository} must do: store a problem's whole state (its public
 * summary and its analysis), find it by id and by number, lock optimistically, keep problem
 * numbers unique, search by status, group, linked incident, text and reach in number order and
 * page after a number, hand out independent copies and take part in transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects empty storage. Every write runs inside {@code transactions().inTransaction(...)};
 * reads run outside one.
 */
public interface ProblemRepositoryContract {
    /** The adapter under test, the same one throughout a test method. */
    ProblemRepository problems();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aSavedNewProblemIsFoundByIdAndByNumberWithAnEqualSnapshot() {
        Problem problem = sample(Stage.LOGGED, 1);

        store(problem);

        assertThat(problems().find(problem.id())).map(Problem::snapshot).contains(problem.snapshot());
        assertThat(problems().findByNumber(problem.number())).map(Problem::snapshot).contains(problem.snapshot());
    }

    /** Problems at every stage of the workflow, analysis, times used and resolution included, come back equal. */
    @TestFactory
    default Stream<DynamicTest> aProblemAtEveryStageComesBackEqual() {
        return Arrays.stream(Stage.values()).map(stage -> DynamicTest.dynamicTest("a problem " + stage, () -> {
            Problem problem = sample(stage, stage.ordinal() + 1);
            store(problem);
            assertThat(load(problem).snapshot()).isEqualTo(problem.snapshot());
        }));
    }

    @Test
    default void unknownIdsAndNumbersAreNotFound() {
        store(sample(Stage.LOGGED, 1));

        assertThat(problems().find(problems().nextId())).isEmpty();
        assertThat(problems().findByNumber(ProblemNumber.of(2026, 2))).isEmpty();
        assertThat(problems().findByNumber(ProblemNumber.of(2025, 1))).isEmpty();
    }

    @Test
    default void savingAChangedProblemStoresItsNewStateAndBumpsTheVersionByItsEvents() {
        Problem logged = sample(Stage.LOGGED, 1);
        store(logged);
        Problem problem = load(logged);

        problem.investigate(MANAGER, tick(20));
        problem.addAnalysisStep("为什么？", "证书过期", MANAGER, tick(21));
        store(problem);

        Problem stored = load(logged);
        assertThat(stored.version()).isEqualTo(logged.version() + 2);
        assertThat(stored.snapshot()).isEqualTo(problem.snapshot());
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        Problem logged = sample(Stage.LOGGED, 1);
        store(logged);
        Problem first = load(logged);
        Problem second = load(logged);

        first.investigate(MANAGER, tick(20));
        store(first);
        second.cancel("重复", MANAGER, tick(21));

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("problem.version-conflict"));
        assertThat(load(logged).status()).isEqualTo(ProblemStatus.UNDER_INVESTIGATION);
    }

    @Test
    default void aNewProblemWithANumberTakenIsAVersionConflict() {
        store(sample(Stage.LOGGED, 1));
        Problem sameNumber = ProblemSamples.at(Stage.LOGGED, problems().nextId(), ProblemNumber.of(2026, 1));

        assertThatThrownBy(() -> store(sameNumber)).isInstanceOf(VersionConflictException.class);
        assertThat(problems().find(sameNumber.id())).isEmpty();
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredProblemAsItWas() {
        Problem logged = sample(Stage.LOGGED, 1);
        store(logged);
        Problem changed = load(logged);
        changed.investigate(MANAGER, tick(20));
        Problem unsaved = sample(Stage.LOGGED, 2);

        ContractSupport.rolledBack(transactions(), () -> {
            problems().save(changed);
            problems().save(unsaved);
        });

        assertThat(load(logged).snapshot()).isEqualTo(logged.snapshot());
        assertThat(problems().find(unsaved.id())).isEmpty();
        assertThat(problems().findByNumber(unsaved.number())).isEmpty();
    }

    @Test
    default void aLoadedProblemIsAnIndependentCopy() {
        Problem logged = sample(Stage.LOGGED, 1);
        store(logged);

        load(logged).investigate(MANAGER, tick(20));

        assertThat(load(logged).snapshot()).isEqualTo(logged.snapshot());
    }

    @Test
    default void searchFiltersByStatusGroupIncidentTextAndReachInNumberOrder() {
        Problem knownError = sample(Stage.KNOWN_ERROR_USED_TWICE, 3);
        Problem logged = sample(Stage.LOGGED, 1);
        Problem network = ProblemSamples.logged(problems().nextId(), ProblemNumber.of(2026, 2), DemoHospital.NETWORK,
                "Wi-Fi drops on ward 5 east");
        Stream.of(knownError, logged, network).forEach(this::store);

        assertThat(numbers(ProblemSearch.all(10))).containsExactly(1L, 2L, 3L);
        assertThat(numbers(ProblemSearch.all(10).withStatuses(List.of(ProblemStatus.KNOWN_ERROR)))).containsExactly(3L);
        assertThat(numbers(ProblemSearch.all(10).withGroups(List.of(DemoHospital.NETWORK)))).containsExactly(2L);
        assertThat(numbers(ProblemSearch.all(10).linkedTo(INCIDENT))).containsExactly(1L, 3L);
        assertThat(numbers(ProblemSearch.all(10).withText("wi-fi"))).containsExactly(2L);
        assertThat(numbers(ProblemSearch.all(10).withText("证书过期"))).containsExactly(1L, 3L);
        assertThat(numbers(ProblemSearch.all(10).within(new ProblemSearch.Reach(
                ImmutableSet.of(DemoHospital.NETWORK), Optional.empty()))))
                .containsExactly(2L);
        assertThat(numbers(ProblemSearch.all(10).within(new ProblemSearch.Reach(
                ImmutableSet.of(), Optional.of(MANAGER))))).containsExactly(1L, 2L, 3L);
        assertThat(numbers(ProblemSearch.all(10).within(new ProblemSearch.Reach(
                ImmutableSet.of(), Optional.of(StaffId.of("X0001")))))).isEmpty();
    }

    @Test
    default void pagingAfterTheLastNumberReadsEveryMatchExactlyOnceAcrossYears() {
        List<Problem> stored = new ArrayList<>();
        for (int year : List.of(2027, 2026)) {
            for (int sequence = 1; sequence <= 4; sequence++) {
                Problem problem = ProblemSamples.at(Stage.LOGGED, problems().nextId(), ProblemNumber.of(year, sequence));
                store(problem);
                stored.add(problem);
            }
        }

        List<ProblemNumber> read = new ArrayList<>();
        ProblemSearch search = ProblemSearch.all(3);
        List<Problem> page = problems().search(search);
        while (true) {
            page.forEach(problem -> read.add(problem.number()));
            if (page.size() < search.limit()) {
                break;
            }
            page = problems().search(search.after(page.get(page.size() - 1).number()));
        }

        assertThat(read).extracting(ProblemNumber::toString).containsExactly("PRB-2026-000001", "PRB-2026-000002",
                "PRB-2026-000003", "PRB-2026-000004", "PRB-2027-000001", "PRB-2027-000002", "PRB-2027-000003",
                "PRB-2027-000004");
    }

    private Problem sample(Stage stage, int sequence) {
        return ProblemSamples.at(stage, problems().nextId(), ProblemNumber.of(2026, sequence));
    }

    private void store(Problem problem) {
        ContractSupport.committed(transactions(), () -> problems().save(problem));
        problem.pullEvents();
    }

    private Problem load(Problem problem) {
        return problems().find(problem.id()).orElseThrow();
    }

    private List<Long> numbers(ProblemSearch search) {
        return problems().search(search).stream().map(problem -> problem.number().sequence()).toList();
    }
}
