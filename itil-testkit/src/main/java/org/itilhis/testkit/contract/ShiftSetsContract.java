package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.RosterSamples.DAY;
import static org.itilhis.testkit.contract.RosterSamples.DESKTOP;
import static org.itilhis.testkit.contract.RosterSamples.NETWORK;
import static org.itilhis.testkit.contract.RosterSamples.shifts;

import java.time.ZoneId;
import java.util.List;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.ShiftSets;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ShiftSets} must do: store a group's shift set whole (names in Chinese,
 * nights across midnight, response times), keep only its current version, accept only the next
 * version and take part in transactions. Each test expects empty storage; every write runs
 * inside {@code transactions().inTransaction(...)}.
 */
public interface ShiftSetsContract {
    ShiftSets shiftSets();

    Transactions transactions();

    @Test
    default void aGroupsFirstShiftSetIsFoundEqualAndOthersAreNot() {
        GroupShifts network = shifts(NETWORK);

        save(network);

        assertThat(shiftSets().find(NETWORK)).contains(network);
        assertThat(shiftSets().find(DESKTOP)).isEmpty();
    }

    @Test
    default void theNextVersionReplacesTheStoredOne() {
        save(shifts(NETWORK));
        GroupShifts next = shifts(NETWORK).redefined(ZoneId.of("Asia/Urumqi"), "xinjiang", List.of(DAY));

        save(next);

        assertThat(shiftSets().find(NETWORK)).contains(next);
    }

    @Test
    default void aVersionThatDoesNotFollowTheStoredOneIsAVersionConflict() {
        save(shifts(NETWORK));
        GroupShifts skipping = shifts(NETWORK).redefined(RosterSamples.SHANGHAI, "office", List.of(DAY))
                .redefined(RosterSamples.SHANGHAI, "office", List.of());

        assertThatThrownBy(() -> save(shifts(NETWORK))).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> save(skipping)).isInstanceOf(VersionConflictException.class);
        assertThat(shiftSets().find(NETWORK)).contains(shifts(NETWORK));
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredSetsAsTheyWere() {
        save(shifts(NETWORK));

        ContractSupport.rolledBack(transactions(), () -> {
            shiftSets().save(shifts(NETWORK).redefined(RosterSamples.SHANGHAI, "office", List.of(DAY)));
            shiftSets().save(shifts(DESKTOP));
        });

        assertThat(shiftSets().find(NETWORK)).contains(shifts(NETWORK));
        assertThat(shiftSets().find(DESKTOP)).isEmpty();
    }

    @Test
    default void allListsEveryGroupsSetByGroup() {
        save(shifts(NETWORK));
        save(shifts(DESKTOP));

        assertThat(shiftSets().all()).containsExactly(shifts(DESKTOP), shifts(NETWORK));
    }

    private void save(GroupShifts shifts) {
        transactions().inTransaction(() -> {
            shiftSets().save(shifts);
            return null;
        });
    }
}
