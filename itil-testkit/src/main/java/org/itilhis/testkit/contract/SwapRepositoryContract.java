package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.RosterSamples.DESKTOP;
import static org.itilhis.testkit.contract.RosterSamples.LEAD;
import static org.itilhis.testkit.contract.RosterSamples.NETWORK;
import static org.itilhis.testkit.contract.RosterSamples.tick;

import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapStatus;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.SwapRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SwapRepository} must do: store a swap whole (its request, decision and
 * reason), lock optimistically, list a group's swaps newest first and take part in transactions.
 * Each test expects empty storage; every write runs inside {@code transactions().inTransaction(...)}.
 */
public interface SwapRepositoryContract {
    SwapRepository swaps();

    Transactions transactions();

    @Test
    default void aRequestedThenRejectedSwapComesBackEqual() {
        Swap swap = sample(NETWORK, 0);
        store(swap);
        Swap rejected = load(swap);
        rejected.reject("李工那周休假", LEAD, tick(5));

        store(rejected);

        assertThat(load(swap).snapshot()).isEqualTo(rejected.snapshot());
        assertThat(load(swap).status()).isEqualTo(SwapStatus.REJECTED);
        assertThat(load(swap).version()).isEqualTo(2);
        assertThat(swaps().find(swaps().nextId())).isEmpty();
    }

    @Test
    default void ofTwoDecisionsAtTheSameVersionTheSecondGetsAVersionConflict() {
        Swap swap = sample(NETWORK, 0);
        store(swap);
        Swap approving = load(swap);
        Swap rejecting = load(swap);
        approving.approve(LEAD, tick(5));
        rejecting.reject("no", LEAD, tick(5));

        store(approving);

        assertThatThrownBy(() -> store(rejecting)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("swap.version-conflict"));
        assertThat(load(swap).status()).isEqualTo(SwapStatus.APPROVED);
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredSwapAsItWas() {
        Swap swap = sample(NETWORK, 0);
        store(swap);
        Swap approved = load(swap);
        approved.approve(LEAD, tick(5));

        ContractSupport.rolledBack(transactions(), () -> swaps().save(approved));

        assertThat(load(swap).snapshot()).isEqualTo(swap.snapshot());
    }

    @Test
    default void aGroupsSwapsAreListedNewestFirst() {
        Swap older = sample(NETWORK, 0);
        Swap newer = sample(NETWORK, 10);
        Swap other = sample(DESKTOP, 5);
        store(older);
        store(newer);
        store(other);

        assertThat(swaps().ofGroup(NETWORK)).map(Swap::snapshot).containsExactly(newer.snapshot(), older.snapshot());
    }

    private Swap sample(GroupId group, int minutes) {
        RosterId roster = new RosterId(java.util.UUID.nameUUIDFromBytes(group.value().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        Roster of = RosterSamples.roster(roster, group, "2027-02-01", "2027-02-28");
        return RosterSamples.cover(swaps().nextId(), roster, of, tick(minutes));
    }

    private void store(Swap swap) {
        transactions().inTransaction(() -> {
            swaps().save(swap);
            return null;
        });
    }

    private Swap load(Swap swap) {
        return swaps().find(swap.id()).orElseThrow();
    }
}
