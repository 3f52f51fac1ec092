package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.InspectionRoundRepository;
import org.itilhis.ports.operations.out.InspectionScheduleRepository;
import org.itilhis.ports.operations.out.InspectionTemplateRepository;
import org.itilhis.testkit.contract.InspectionRoundRepositoryContract;
import org.itilhis.testkit.contract.InspectionScheduleRepositoryContract;
import org.itilhis.testkit.contract.InspectionTemplateRepositoryContract;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inspection rounds' contracts of the test kit on the JDBC adapters, run by a class of each
 * database as {@link RosterContractIT}'s are; and the event log of the same database reading every
 * template, schedule and round event back, and the failed items of a recorded round kept with
 * their incidents beside it.
 */
abstract class InspectionContractIT extends DatabaseIT implements InspectionTemplateRepositoryContract,
        InspectionScheduleRepositoryContract, InspectionRoundRepositoryContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    /** The schedules' and the rounds' contracts each have a test of this name: both run under it. */
    @Test
    @Override
    public void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflict() {
        InspectionScheduleRepositoryContract.super.ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflict();
        emptyTables();
        InspectionRoundRepositoryContract.super.ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflict();
    }

    /** Every template, schedule and round event, appended as a command's pipeline appends them, comes back equal. */
    @Test
    void everyInspectionEventIsAppendedToTheEventLogAndReadBackEqual() {
        ChecklistTemplate first = InspectionLives.template();
        ChecklistTemplate second = InspectionLives.revised();
        InspectionSchedule schedule = InspectionLives.retiredSchedule();
        InspectionRound recorded = InspectionLives.recordedRound(schedule, "INC-2027-000042");
        InspectionRound missed = InspectionLives.missedRound(schedule);
        Map<String, List<DomainEvent>> events = new LinkedHashMap<>();
        events.put(first.revised().aggregateId(), List.of(first.revised(), second.revised()));
        events.put(schedule.id().toString(), new ArrayList<>(schedule.pullEvents()));
        events.put(recorded.id().toString(), new ArrayList<>(recorded.pullEvents()));
        events.put(missed.id().toString(), new ArrayList<>(missed.pullEvents()));
        storage.transactions().inTransaction(() -> {
            events.values().forEach(storage.events()::append);
            return null;
        });

        events.forEach((aggregate, appended) -> assertThat(storage.events().history(aggregate))
                .containsExactlyElementsOf(appended));
    }

    /** A recorded round's failed items are kept beside it with their incidents, for SQL reports that restore no round. */
    @Test
    void aRecordedRoundsFailedItemsAreKeptWithTheirIncidents() {
        InspectionSchedule schedule = InspectionLives.retiredSchedule();
        InspectionRound round = InspectionLives.recordedRound(schedule, "INC-2027-000042");
        storage.transactions().inTransaction(() -> {
            rounds().save(round);
            return null;
        });

        List<Map<String, Object>> failed = Jdbi.create(db.dataSource()).withHandle(handle -> handle.createQuery(
                "SELECT item_code, template_code, entered, incident FROM inspection_failed_item").mapToMap().list());
        assertThat(failed)
                .singleElement().satisfies(row -> assertThat(row).containsEntry("item_code", "temperature")
                        .containsEntry("template_code", "MR-DAILY").containsEntry("entered", "29.5 °C")
                        .containsEntry("incident", "INC-2027-000042"));
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public InspectionTemplateRepository templates() {
        return storage.inspection().templates();
    }

    @Override
    public InspectionScheduleRepository schedules() {
        return storage.inspection().schedules();
    }

    @Override
    public InspectionRoundRepository rounds() {
        return storage.inspection().rounds();
    }
}
