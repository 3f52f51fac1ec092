package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.itilhis.core.problem.detection.Dismissal;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.problem.out.DetectionDismissals;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DetectionDismissals} store must do: keep each dismissal whole (its rule, key,
 * instant to the microsecond and reason, in Chinese too), list them oldest first, keep two of
 * one rule and key, and take part in transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects an empty store.
 */
public interface DetectionDismissalsContract {
    /** The adapter under test, the same one throughout a test method. */
    DetectionDismissals dismissals();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    Instant AT = Instant.parse("2026-03-02T01:02:03.123456Z");
    StaffId BY = StaffId.of("PM001");

    @Test
    default void aRecordedDismissalIsListedWhole() {
        Dismissal dismissal = new Dismissal("same-ci", "ci:00000000-0000-00c1-0000-000000000001", AT, BY,
                "打印机已报废，下周更换 𠀀");

        ContractSupport.committed(transactions(), () -> dismissals().record(dismissal));

        assertThat(dismissals().list()).containsExactly(dismissal);
    }

    @Test
    default void dismissalsAreListedOldestFirstAndTwoOfOneRuleAndKeyAreBothKept() {
        Dismissal later = new Dismissal("same-ci", "ci:a", AT.plusSeconds(60), BY, "again");
        Dismissal earlier = new Dismissal("same-ci", "ci:a", AT, BY, "first");
        Dismissal other = new Dismissal("same-category-at-location", "category:printer@building-2",
                AT.plusSeconds(1), BY, "seasonal");

        ContractSupport.committed(transactions(), () -> dismissals().record(later));
        ContractSupport.committed(transactions(), () -> dismissals().record(earlier));
        ContractSupport.committed(transactions(), () -> dismissals().record(other));

        assertThat(dismissals().list()).containsExactly(earlier, other, later);
    }

    @Test
    default void aDismissalOfARolledBackTransactionIsNotKept() {
        Dismissal kept = new Dismissal("same-ci", "ci:a", AT, BY, "kept");
        ContractSupport.committed(transactions(), () -> dismissals().record(kept));

        ContractSupport.rolledBack(transactions(), () -> dismissals().record(new Dismissal("same-ci", "ci:b",
                AT.plusSeconds(1), BY, "rolled back")));

        assertThat(dismissals().list()).containsExactly(kept);
    }

    @Test
    default void anEmptyStoreListsNothing() {
        assertThat(dismissals().list()).isEmpty();
    }
}
