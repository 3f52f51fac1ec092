package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.RosterSamples.DESKTOP;
import static org.itilhis.testkit.contract.RosterSamples.LEAD;
import static org.itilhis.testkit.contract.RosterSamples.LI;
import static org.itilhis.testkit.contract.RosterSamples.NETWORK;
import static org.itilhis.testkit.contract.RosterSamples.WANG;
import static org.itilhis.testkit.contract.RosterSamples.ZHAO;
import static org.itilhis.testkit.contract.RosterSamples.tick;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.RosterRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RosterRepository} must do: store a roster whole (its duties in roster order,
 * holiday flags, engineers), lock optimistically, find a group's rosters by period and the duties
 * of engineers in a span of time across rosters, hand out independent copies and take part in
 * transactions. Each test expects empty storage; every write runs inside {@code
 * transactions().inTransaction(...)}.
 */
public interface RosterRepositoryContract {
    RosterRepository rosters();

    Transactions transactions();

    @Test
    default void aSavedNewRosterIsFoundWithAnEqualSnapshot() {
        Roster roster = february(NETWORK);

        store(roster);

        assertThat(rosters().find(roster.id())).map(Roster::snapshot).contains(roster.snapshot());
        assertThat(rosters().find(rosters().nextId())).isEmpty();
    }

    @Test
    default void savingAnEditedRosterStoresItsDutiesInOrderAndBumpsTheVersionByItsEvents() {
        Roster stored = february(NETWORK);
        store(stored);
        Roster roster = load(stored);
        RosterEntry first = roster.duties().get(0);
        roster.replace(first.ref(), first.engineer().equals(ZHAO) ? LI : ZHAO, Optional.empty(), LEAD, tick(1));
        roster.remove(roster.duties().get(1).ref(), LEAD, tick(2));

        store(roster);

        assertThat(load(stored).snapshot()).isEqualTo(roster.snapshot());
        assertThat(load(stored).version()).isEqualTo(3);
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        Roster stored = february(NETWORK);
        store(stored);
        Roster first = load(stored);
        Roster second = load(stored);
        first.remove(first.duties().get(0).ref(), LEAD, tick(1));
        second.remove(second.duties().get(1).ref(), LEAD, tick(1));

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("roster.version-conflict"));
        assertThat(load(stored).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aNewRosterWithAnIdTakenIsAVersionConflict() {
        Roster stored = february(NETWORK);
        store(stored);

        assertThatThrownBy(() -> store(RosterSamples.roster(stored.id(), DESKTOP, "2027-03-01", "2027-03-31")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(load(stored).snapshot()).isEqualTo(stored.snapshot());
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredRostersAsTheyWere() {
        Roster stored = february(NETWORK);
        store(stored);
        Roster changed = load(stored);
        changed.remove(changed.duties().get(0).ref(), LEAD, tick(1));
        Roster unsaved = february(DESKTOP);

        ContractSupport.rolledBack(transactions(), () -> {
            rosters().save(changed);
            rosters().save(unsaved);
        });

        assertThat(load(stored).snapshot()).isEqualTo(stored.snapshot());
        assertThat(rosters().find(unsaved.id())).isEmpty();
    }

    @Test
    default void aLoadedRosterIsAnIndependentCopy() {
        Roster stored = february(NETWORK);
        store(stored);

        Roster loaded = load(stored);
        loaded.remove(loaded.duties().get(0).ref(), LEAD, tick(1));

        assertThat(load(stored).snapshot()).isEqualTo(stored.snapshot());
    }

    @Test
    default void aGroupsRostersAreFoundByTheDatesTheyShareWithAPeriodByStart() {
        Roster january = RosterSamples.roster(rosters().nextId(), NETWORK, "2027-01-01", "2027-01-31");
        Roster february = february(NETWORK);
        Roster desktop = february(DESKTOP);
        List.of(february, january, desktop).forEach(this::store);

        assertThat(ids(rosters().ofGroup(NETWORK, LocalDate.parse("2027-01-31"), LocalDate.parse("2027-02-01"))))
                .containsExactly(january.id().toString(), february.id().toString());
        assertThat(ids(rosters().ofGroup(NETWORK, LocalDate.parse("2027-02-28"), LocalDate.parse("2027-03-31"))))
                .containsExactly(february.id().toString());
        assertThat(rosters().ofGroup(NETWORK, LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-31"))).isEmpty();
        assertThat(ids(rosters().ofGroup(DESKTOP, LocalDate.parse("2027-02-10"), LocalDate.parse("2027-02-10"))))
                .containsExactly(desktop.id().toString());
    }

    @Test
    default void dutiesOverlappingASpanAreThoseOfTheEngineersAskedAcrossRostersByStartThenEngineer() {
        Roster network = february(NETWORK);
        Roster desktop = february(DESKTOP);
        store(network);
        store(desktop);
        Instant from = Instant.parse("2027-02-08T00:00:00Z");
        Instant to = Instant.parse("2027-02-10T00:00:00Z");

        List<RosterEntry> wangs = rosters().dutiesOverlapping(Set.of(WANG), from, to);
        List<RosterEntry> everyone = rosters().dutiesOverlapping(Set.of(), from, to);

        List<RosterEntry> expected = java.util.stream.Stream.concat(network.duties().stream(), desktop.duties().stream())
                .filter(d -> d.duty().overlaps(from, to)).toList();
        assertThat(everyone).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(everyone).isSortedAccordingTo(Comparator.comparing((RosterEntry d) -> d.duty().start())
                .thenComparing(d -> d.engineer().value()));
        assertThat(wangs).containsExactlyInAnyOrderElementsOf(expected.stream()
                .filter(d -> d.engineer().equals(WANG)).toList());
        assertThat(rosters().dutiesOverlapping(Set.of(WANG), to, to.plusNanos(1000)))
                .allMatch(d -> d.duty().covers(to));
    }

    private Roster february(GroupId group) {
        return RosterSamples.roster(rosters().nextId(), group, "2027-02-01", "2027-02-28");
    }

    private static List<String> ids(List<Roster> rosters) {
        return rosters.stream().map(r -> r.id().toString()).toList();
    }

    private void store(Roster roster) {
        transactions().inTransaction(() -> {
            rosters().save(roster);
            return null;
        });
    }

    private Roster load(Roster roster) {
        return rosters().find(roster.id()).orElseThrow();
    }
}
