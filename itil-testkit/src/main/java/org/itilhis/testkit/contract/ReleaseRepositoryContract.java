package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ReleaseSamples.BILLING_REPORT;
import static org.itilhis.testkit.contract.ReleaseSamples.MANAGER;
import static org.itilhis.testkit.contract.ReleaseSamples.PACS_VIEWER;
import static org.itilhis.testkit.contract.ReleaseSamples.PRESCRIPTION_FIX;
import static org.itilhis.testkit.contract.ReleaseSamples.tick;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.release.in.ReleaseSearch;
import org.itilhis.ports.release.out.ReleaseRepository;
import org.itilhis.testkit.contract.ReleaseSamples.Step;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link ReleaseRepository} must do: store a release's whole state (stages,
 * bundled changes, decisions, deployments, rollback), find it by id and by number, lock
 * optimistically, keep release numbers unique, search by status, bundled change and text in
 * number order and page after a number, hand out independent copies and take part in
 * transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects empty storage. Every write runs inside {@code transactions().inTransaction(...)};
 * reads run outside one.
 */
public interface ReleaseRepositoryContract {
    /** The adapter under test, the same one throughout a test method. */
    ReleaseRepository releases();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aSavedNewReleaseIsFoundByIdAndByNumberWithAnEqualSnapshot() {
        Release release = sample(Step.PLANNED, 1);

        store(release);

        assertThat(releases().find(release.id())).map(Release::snapshot).contains(release.snapshot());
        assertThat(releases().findByNumber(release.number())).map(Release::snapshot).contains(release.snapshot());
    }

    /** Releases at every step of the workflow, deployments, decisions and rollback included, come back equal. */
    @TestFactory
    default Stream<DynamicTest> aReleaseAtEveryStepComesBackEqual() {
        return Arrays.stream(Step.values()).map(step -> DynamicTest.dynamicTest("a release " + step, () -> {
            Release release = sample(step, step.ordinal() + 1);
            store(release);
            assertThat(load(release).snapshot()).isEqualTo(release.snapshot());
        }));
    }

    @Test
    default void unknownIdsAndNumbersAreNotFound() {
        store(sample(Step.PLANNED, 1));

        assertThat(releases().find(releases().nextId())).isEmpty();
        assertThat(releases().findByNumber(ReleaseNumber.of(2026, 2))).isEmpty();
        assertThat(releases().findByNumber(ReleaseNumber.of(2025, 1))).isEmpty();
    }

    @Test
    default void savingAChangedReleaseStoresItsNewStateAndBumpsTheVersionByItsEvents() {
        Release planned = sample(Step.PLANNED, 1);
        store(planned);
        Release release = load(planned);

        release.bundleChange(PACS_VIEWER, MANAGER, tick(30));
        release.start(MANAGER, tick(31));
        store(release);

        Release stored = load(planned);
        assertThat(stored.version()).isEqualTo(planned.version() + 2);
        assertThat(stored.snapshot()).isEqualTo(release.snapshot());
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        Release planned = sample(Step.PLANNED, 1);
        store(planned);
        Release first = load(planned);
        Release second = load(planned);

        first.start(MANAGER, tick(30));
        store(first);
        second.cancel("重复的发布", MANAGER, tick(31));

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("release.version-conflict"));
        assertThat(load(planned).status()).isEqualTo(ReleaseStatus.IN_PROGRESS);
    }

    @Test
    default void aNewReleaseWithANumberTakenIsAVersionConflict() {
        store(sample(Step.PLANNED, 1));
        Release sameNumber = ReleaseSamples.at(Step.PLANNED, releases().nextId(), ReleaseNumber.of(2026, 1));

        assertThatThrownBy(() -> store(sameNumber)).isInstanceOf(VersionConflictException.class);
        assertThat(releases().find(sameNumber.id())).isEmpty();
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredReleaseAsItWas() {
        Release planned = sample(Step.PLANNED, 1);
        store(planned);
        Release changed = load(planned);
        changed.start(MANAGER, tick(30));
        Release unsaved = sample(Step.PLANNED, 2);

        ContractSupport.rolledBack(transactions(), () -> {
            releases().save(changed);
            releases().save(unsaved);
        });

        assertThat(load(planned).snapshot()).isEqualTo(planned.snapshot());
        assertThat(releases().find(unsaved.id())).isEmpty();
        assertThat(releases().findByNumber(unsaved.number())).isEmpty();
    }

    @Test
    default void aLoadedReleaseIsAnIndependentCopy() {
        Release planned = sample(Step.PLANNED, 1);
        store(planned);

        load(planned).start(MANAGER, tick(30));

        assertThat(load(planned).snapshot()).isEqualTo(planned.snapshot());
    }

    @Test
    default void searchFiltersByStatusBundledChangeAndTextInNumberOrder() {
        Release deployed = sample(Step.DEPLOYED, 3);
        Release planned = sample(Step.PLANNED, 1);
        Release pacs = ReleaseSamples.planned(releases().nextId(), ReleaseNumber.of(2026, 2), "PACS 8.1",
                "PACS viewer upgrade for imaging", List.of(PACS_VIEWER));
        Release revised = sample(Step.BUNDLE_REVISED, 4);
        Stream.of(deployed, planned, pacs, revised).forEach(this::store);

        assertThat(numbers(ReleaseSearch.all(10))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(numbers(ReleaseSearch.all(10).withStatuses(List.of(ReleaseStatus.DEPLOYED)))).containsExactly(3L);
        assertThat(numbers(ReleaseSearch.all(10).withStatuses(List.of(ReleaseStatus.PLANNED,
                ReleaseStatus.DEPLOYED)))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(numbers(ReleaseSearch.all(10).bundling(PACS_VIEWER))).containsExactly(2L, 4L);
        assertThat(numbers(ReleaseSearch.all(10).bundling(BILLING_REPORT))).containsExactly(1L, 3L);
        assertThat(numbers(ReleaseSearch.all(10).bundling(PRESCRIPTION_FIX)
                .withStatuses(List.of(ReleaseStatus.PLANNED)))).containsExactly(1L, 4L);
        assertThat(numbers(ReleaseSearch.all(10).withText("imaging"))).containsExactly(2L);
        assertThat(numbers(ReleaseSearch.all(10).withText("pacs 8"))).containsExactly(2L);
        assertThat(numbers(ReleaseSearch.all(10).withText("收费报表"))).containsExactly(1L, 3L, 4L);
        assertThat(numbers(ReleaseSearch.all(10).withText("50% off"))).isEmpty();
    }

    @Test
    default void pagingAfterTheLastNumberReadsEveryMatchExactlyOnceAcrossYears() {
        for (int year : List.of(2027, 2026)) {
            for (int sequence = 1; sequence <= 4; sequence++) {
                store(ReleaseSamples.at(Step.PLANNED, releases().nextId(), ReleaseNumber.of(year, sequence)));
            }
        }

        List<ReleaseNumber> read = new ArrayList<>();
        ReleaseSearch search = ReleaseSearch.all(3);
        List<Release> page = releases().search(search);
        while (true) {
            page.forEach(release -> read.add(release.number()));
            if (page.size() < search.limit()) {
                break;
            }
            page = releases().search(search.after(page.get(page.size() - 1).number()));
        }

        assertThat(read).extracting(ReleaseNumber::toString).containsExactly("REL-2026-000001", "REL-2026-000002",
                "REL-2026-000003", "REL-2026-000004", "REL-2027-000001", "REL-2027-000002", "REL-2027-000003",
                "REL-2027-000004");
    }

    private Release sample(Step step, int sequence) {
        return ReleaseSamples.at(step, releases().nextId(), ReleaseNumber.of(2026, sequence));
    }

    private void store(Release release) {
        ContractSupport.committed(transactions(), () -> releases().save(release));
        release.pullEvents();
    }

    private Release load(Release release) {
        return releases().find(release.id()).orElseThrow();
    }

    private List<Long> numbers(ReleaseSearch search) {
        return releases().search(search).stream().map(release -> release.number().sequence()).toList();
    }
}
