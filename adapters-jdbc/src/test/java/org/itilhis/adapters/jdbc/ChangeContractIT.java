package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeEvent;
import org.itilhis.ports.change.out.ChangeAdvisoryBoards;
import org.itilhis.ports.change.out.ChangeNumberSequence;
import org.itilhis.ports.change.out.ChangeRepository;
import org.itilhis.ports.change.out.ChangeTemplates;
import org.itilhis.ports.change.out.ChangeWindows;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As {@link ProblemContractIT}, for change management's contracts; and the event log of the same
 * database reading every change event back.
 */
abstract class ChangeContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    /** Every change event type, appended as a command's pipeline appends them, comes back equal in each change's history. */
    @Test
    void everyChangeEventIsAppendedToTheEventLogAndReadBackEqual() {
        List<Change> changes = List.of(ChangeLives.closedNormal(change -> { }), ChangeLives.failedEmergency(),
                ChangeLives.backedOutStandard(), ChangeLives.cancelled());
        Map<Change, List<ChangeEvent>> events = new LinkedHashMap<>();
        changes.forEach(change -> events.put(change, change.pullEvents()));
        storage.transactions().inTransaction(() -> {
            events.values().forEach(storage.events()::append);
            return null;
        });

        events.forEach((change, appended) -> assertThat(storage.events().history(change.id().toString()))
                .containsExactlyElementsOf(appended));
        assertThat(events.values().stream().flatMap(List::stream).map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(ChangeEvent.class.getPermittedSubclasses());
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public ChangeRepository changes() {
        return storage.change().changes();
    }

    public ChangeNumberSequence numbers() {
        return storage.change().numbers();
    }

    public ChangeAdvisoryBoards boards() {
        return storage.change().boards();
    }

    public ChangeTemplates templates() {
        return storage.change().templates();
    }

    public ChangeWindows windows() {
        return storage.change().windows();
    }
}
