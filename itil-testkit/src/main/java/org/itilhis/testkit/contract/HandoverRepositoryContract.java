package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.RosterSamples.DESKTOP;
import static org.itilhis.testkit.contract.RosterSamples.LEAD;
import static org.itilhis.testkit.contract.RosterSamples.LI;
import static org.itilhis.testkit.contract.RosterSamples.NETWORK;
import static org.itilhis.testkit.contract.RosterSamples.WANG;

import java.time.Instant;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverParty;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.HandoverRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HandoverRepository} must do: store a handover whole (its items in order,
 * signatures, flag), lock optimistically, list a group's handovers by change of shift, find the
 * ones not signed by both, and take part in transactions. Each test expects empty storage; every
 * write runs inside {@code transactions().inTransaction(...)}.
 */
public interface HandoverRepositoryContract {
    HandoverRepository handovers();

    Transactions transactions();

    Instant NIGHT_ENDS = Instant.parse("2027-02-10T00:00:00.123456Z");

    @Test
    default void aWrittenSignedAndFlaggedHandoverComesBackEqual() {
        Handover handover = sample(NETWORK, 0);
        store(handover);
        Handover changed = load(handover);
        changed.sign(HandoverParty.OUTGOING, WANG, NIGHT_ENDS.plusSeconds(60));
        changed.flag(LEAD, Actor.SYSTEM_ID, NIGHT_ENDS.plusSeconds(3600));

        store(changed);

        assertThat(load(handover).snapshot()).isEqualTo(changed.snapshot());
        assertThat(load(handover).version()).isEqualTo(3);
        assertThat(handovers().find(handovers().nextId())).isEmpty();
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflict() {
        Handover handover = sample(NETWORK, 0);
        store(handover);
        Handover first = load(handover);
        Handover second = load(handover);
        first.flag(LEAD, Actor.SYSTEM_ID, NIGHT_ENDS.plusSeconds(3600));
        second.flag(LEAD, Actor.SYSTEM_ID, NIGHT_ENDS.plusSeconds(3601));

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("handover.version-conflict"));
        assertThat(load(handover).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredHandoverAsItWas() {
        Handover handover = sample(NETWORK, 0);
        store(handover);
        Handover signed = load(handover);
        signed.sign(HandoverParty.INCOMING, LI, NIGHT_ENDS);

        ContractSupport.rolledBack(transactions(), () -> handovers().save(signed));

        assertThat(load(handover).snapshot()).isEqualTo(handover.snapshot());
    }

    @Test
    default void aGroupsHandoversAreThoseWhoseChangeOfShiftIsInTheSpanInOrder() {
        Handover second = sample(NETWORK, 24);
        Handover first = sample(NETWORK, 0);
        Handover other = sample(DESKTOP, 0);
        store(second);
        store(first);
        store(other);

        assertThat(handovers().ofGroup(NETWORK, NIGHT_ENDS, NIGHT_ENDS.plusSeconds(25 * 3600)))
                .map(Handover::snapshot).containsExactly(first.snapshot(), second.snapshot());
        assertThat(handovers().ofGroup(NETWORK, NIGHT_ENDS.plusNanos(1000), NIGHT_ENDS.plusSeconds(24 * 3600)))
                .isEmpty();
    }

    @Test
    default void unsignedHandoversAreThoseNotSignedByBothBeforeTheInstantOldestFirst() {
        Handover signedByBoth = sample(NETWORK, 0);
        signedByBoth.sign(HandoverParty.OUTGOING, WANG, NIGHT_ENDS);
        signedByBoth.sign(HandoverParty.INCOMING, LI, NIGHT_ENDS);
        Handover halfSigned = sample(NETWORK, 12);
        halfSigned.sign(HandoverParty.OUTGOING, WANG, NIGHT_ENDS.plusSeconds(12 * 3600));
        Handover unsigned = sample(DESKTOP, 1);
        Handover later = sample(DESKTOP, 48);
        for (Handover h : new Handover[] {later, halfSigned, signedByBoth, unsigned}) {
            store(h);
        }

        assertThat(handovers().unsignedChangedBefore(NIGHT_ENDS.plusSeconds(48 * 3600))).map(Handover::snapshot)
                .containsExactly(load(unsigned).snapshot(), load(halfSigned).snapshot());
    }

    private Handover sample(GroupId group, int hours) {
        return RosterSamples.handover(handovers().nextId(), group, NIGHT_ENDS.plusSeconds(hours * 3600L));
    }

    private void store(Handover handover) {
        transactions().inTransaction(() -> {
            handovers().save(handover);
            return null;
        });
    }

    private Handover load(Handover handover) {
        return handovers().find(handover.id()).orElseThrow();
    }
}
