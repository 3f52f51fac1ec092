package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ChangeSamples.MANAGER;
import static org.itilhis.testkit.contract.ChangeSamples.REQUESTER;
import static org.itilhis.testkit.contract.ChangeSamples.SERVER;
import static org.itilhis.testkit.contract.ChangeSamples.WINDOW_START;
import static org.itilhis.testkit.contract.ChangeSamples.tick;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.out.ChangeRepository;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.contract.ChangeSamples.Stage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link ChangeRepository} must do: store a change's whole state (request, risk,
 * the board's approval with its votes, schedule override, failure, review, links), find it by
 * id and by number, lock optimistically, keep change numbers unique, search by status, model,
 * group, touched item, awaited board, text and reach in number order and page after a number,
 * list the changes under way in a period, hand out independent copies and take part in
 * transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects empty storage. Every write runs inside {@code transactions().inTransaction(...)};
 * reads run outside one.
 */
public interface ChangeRepositoryContract {
    /** The adapter under test, the same one throughout a test method. */
    ChangeRepository changes();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aSavedNewChangeIsFoundByIdAndByNumberWithAnEqualSnapshot() {
        Change change = sample(Stage.DRAFT, 1);

        store(change);

        assertThat(changes().find(change.id())).map(Change::snapshot).contains(change.snapshot());
        assertThat(changes().findByNumber(change.number())).map(Change::snapshot).contains(change.snapshot());
    }

    /** Changes at every stage of the workflow, votes, override, failure and review included, come back equal. */
    @TestFactory
    default Stream<DynamicTest> aChangeAtEveryStageComesBackEqual() {
        return Arrays.stream(Stage.values()).map(stage -> DynamicTest.dynamicTest("a change " + stage, () -> {
            Change change = sample(stage, stage.ordinal() + 1);
            store(change);
            assertThat(load(change).snapshot()).isEqualTo(change.snapshot());
            assertThat(load(change).version()).isEqualTo(change.version());
        }));
    }

    @Test
    default void unknownIdsAndNumbersAreNotFound() {
        store(sample(Stage.DRAFT, 1));

        assertThat(changes().find(changes().nextId())).isEmpty();
        assertThat(changes().findByNumber(ChangeNumber.of(2026, 2))).isEmpty();
        assertThat(changes().findByNumber(ChangeNumber.of(2025, 1))).isEmpty();
    }

    @Test
    default void savingAChangedChangeStoresItsNewStateAndBumpsTheVersionByItsEvents() {
        Change draft = sample(Stage.DRAFT, 1);
        store(draft);
        Change change = load(draft);

        change.submit(REQUESTER, tick(20));
        change.cancel("补丁撤回", MANAGER, tick(21));
        store(change);

        Change stored = load(draft);
        assertThat(stored.version()).isEqualTo(draft.version() + 2);
        assertThat(stored.snapshot()).isEqualTo(change.snapshot());
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        Change draft = sample(Stage.DRAFT, 1);
        store(draft);
        Change first = load(draft);
        Change second = load(draft);

        first.submit(REQUESTER, tick(20));
        store(first);
        second.cancel("重复", MANAGER, tick(21));

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("change.version-conflict"));
        assertThat(load(draft).status()).isEqualTo(ChangeStatus.SUBMITTED);
    }

    @Test
    default void aNewChangeWithANumberTakenIsAVersionConflict() {
        store(sample(Stage.DRAFT, 1));
        Change sameNumber = ChangeSamples.at(Stage.DRAFT, changes().nextId(), ChangeNumber.of(2026, 1));

        assertThatThrownBy(() -> store(sameNumber)).isInstanceOf(VersionConflictException.class);
        assertThat(changes().find(sameNumber.id())).isEmpty();
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredChangeAsItWas() {
        Change draft = sample(Stage.DRAFT, 1);
        store(draft);
        Change changed = load(draft);
        changed.submit(REQUESTER, tick(20));
        Change unsaved = sample(Stage.DRAFT, 2);

        ContractSupport.rolledBack(transactions(), () -> {
            changes().save(changed);
            changes().save(unsaved);
        });

        assertThat(load(draft).snapshot()).isEqualTo(draft.snapshot());
        assertThat(changes().find(unsaved.id())).isEmpty();
        assertThat(changes().findByNumber(unsaved.number())).isEmpty();
    }

    @Test
    default void aLoadedChangeIsAnIndependentCopy() {
        Change draft = sample(Stage.DRAFT, 1);
        store(draft);

        load(draft).submit(REQUESTER, tick(20));

        assertThat(load(draft).snapshot()).isEqualTo(draft.snapshot());
    }

    @Test
    default void searchFiltersByStatusModelGroupItemBoardTextAndReachInNumberOrder() {
        Change awaiting = sample(Stage.AWAITING_APPROVAL, 3);
        Change draft = sample(Stage.DRAFT, 1);
        Change emergency = sample(Stage.EMERGENCY_OVERRIDDEN, 4);
        Change network = ChangeSamples.raised(changes().nextId(), ChangeNumber.of(2026, 2), ChangeModel.NORMAL,
                Set.of(ChangeSamples.OTHER_SERVER), WINDOW_START, Duration.ofHours(1), DemoHospital.NETWORK,
                "更换核心交换机模块");
        Stream.of(awaiting, draft, emergency, network).forEach(this::store);

        assertThat(numbers(ChangeSearch.all(10))).containsExactly(draft.number(), network.number(), awaiting.number(),
                emergency.number());
        assertThat(numbers(ChangeSearch.all(10).withStatuses(List.of(ChangeStatus.DRAFT, ChangeStatus.SCHEDULED))))
                .containsExactly(draft.number(), network.number(), emergency.number());
        assertThat(numbers(ChangeSearch.all(10).withModels(List.of(ChangeModel.EMERGENCY))))
                .containsExactly(emergency.number());
        assertThat(numbers(ChangeSearch.all(10).withGroups(List.of(DemoHospital.NETWORK))))
                .containsExactly(network.number());
        assertThat(numbers(ChangeSearch.all(10).touching(SERVER))).containsExactly(draft.number(), awaiting.number(),
                emergency.number());
        assertThat(numbers(ChangeSearch.all(10).awaitingApprovalBy(CabId.of("cab")))).containsExactly(awaiting.number());
        assertThat(numbers(ChangeSearch.all(10).awaitingApprovalBy(CabId.of("ecab")))).isEmpty();
        assertThat(numbers(ChangeSearch.all(10).withText("交换机"))).containsExactly(network.number());
        assertThat(numbers(ChangeSearch.all(10).withText("𠀀"))).hasSize(4);
        assertThat(numbers(ChangeSearch.all(10).within(List.of(DemoHospital.NETWORK, DemoHospital.DESKTOP))))
                .containsExactly(network.number());
    }

    @Test
    default void pagingAfterTheLastNumberReadsEveryMatchOnce() {
        for (int sequence = 1; sequence <= 7; sequence++) {
            store(sample(Stage.DRAFT, sequence));
        }
        Change nextYear = ChangeSamples.at(Stage.DRAFT, changes().nextId(), ChangeNumber.of(2027, 1));
        store(nextYear);

        List<ChangeNumber> first = numbers(ChangeSearch.all(3));
        List<ChangeNumber> second = numbers(ChangeSearch.all(3).after(first.get(2)));
        List<ChangeNumber> third = numbers(ChangeSearch.all(3).after(second.get(2)));

        assertThat(Stream.of(first, second, third).flatMap(List::stream).toList()).hasSize(8).doesNotHaveDuplicates()
                .endsWith(nextYear.number());
    }

    @Test
    default void theChangesUnderWayInAPeriodAreTheScheduledAndImplementingOnesOverlappingIt() {
        Change scheduled = sample(Stage.SCHEDULED, 1);
        Change implementing = sample(Stage.IMPLEMENTING, 2);
        Change approved = sample(Stage.APPROVED, 3);
        Change overridden = sample(Stage.EMERGENCY_OVERRIDDEN, 4);
        Stream.of(scheduled, implementing, approved, overridden).forEach(this::store);
        Instant end = WINDOW_START.plus(Duration.ofHours(2));

        assertThat(changes().scheduledOverlapping(WINDOW_START.minusSeconds(60), WINDOW_START.plusSeconds(1)))
                .extracting(Change::number)
                .containsExactlyInAnyOrder(scheduled.number(), implementing.number(), overridden.number());
        assertThat(changes().scheduledOverlapping(end.minusNanos(1000), end.plusSeconds(60))).hasSize(3);
        // windows end exclusive: a period starting at the end, or ending at the start, shares no instant
        assertThat(changes().scheduledOverlapping(end, end.plusSeconds(60))).isEmpty();
        assertThat(changes().scheduledOverlapping(WINDOW_START.minusSeconds(60), WINDOW_START)).isEmpty();
    }

    private Change sample(Stage stage, int sequence) {
        return ChangeSamples.at(stage, changes().nextId(), ChangeNumber.of(2026, sequence));
    }

    private void store(Change change) {
        ContractSupport.committed(transactions(), () -> changes().save(change));
    }

    private Change load(Change change) {
        return changes().find(change.id()).orElseThrow();
    }

    private List<ChangeNumber> numbers(ChangeSearch search) {
        return changes().search(search).stream().map(Change::number).toList();
    }
}
