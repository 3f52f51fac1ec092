package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.HandoverRepository;
import org.itilhis.ports.roster.out.RosterRepository;
import org.itilhis.ports.roster.out.ShiftSets;
import org.itilhis.ports.roster.out.SwapRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As {@link ChangeContractIT}, for the duty roster's contracts; and the event log of the same
 * database reading every roster, swap and handover event back.
 */
abstract class RosterContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    /** Every roster, swap and handover event, appended as a command's pipeline appends them, comes back equal in each record's history. */
    @Test
    void everyRosterEventIsAppendedToTheEventLogAndReadBackEqual() {
        Roster roster = RosterLives.edited(UUID.randomUUID(), new SwapId(UUID.randomUUID()));
        Map<String, List<DomainEvent>> events = new LinkedHashMap<>();
        events.put(roster.id().toString(), new ArrayList<>(roster.pullEvents()));
        RosterLives.decidedSwaps(roster).forEach(swap -> events.put(swap.id().toString(),
                new ArrayList<>(swap.pullEvents())));
        RosterLives.handovers().forEach(handover -> events.put(handover.id().toString(),
                new ArrayList<>(handover.pullEvents())));
        storage.transactions().inTransaction(() -> {
            events.values().forEach(storage.events()::append);
            return null;
        });

        events.forEach((aggregate, appended) -> assertThat(storage.events().history(aggregate))
                .containsExactlyElementsOf(appended));
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public ShiftSets shiftSets() {
        return storage.roster().shifts();
    }

    public RosterRepository rosters() {
        return storage.roster().rosters();
    }

    public SwapRepository swaps() {
        return storage.roster().swaps();
    }

    public HandoverRepository handovers() {
        return storage.roster().handovers();
    }
}
