package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.InspectionSamples.AT;
import static org.itilhis.testkit.contract.InspectionSamples.INFRASTRUCTURE;
import static org.itilhis.testkit.contract.InspectionSamples.LEAD;
import static org.itilhis.testkit.contract.InspectionSamples.NETWORK;
import static org.itilhis.testkit.contract.InspectionSamples.schedule;

import java.time.Duration;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.ScheduleSnapshot;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.InspectionScheduleRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InspectionScheduleRepository} must do: store a schedule whole, lock
 * optimistically, list a group's schedules and every group's active ones, and take part in
 * transactions. Each test expects empty storage; every write runs inside {@code
 * transactions().inTransaction(...)}.
 */
public interface InspectionScheduleRepositoryContract {
    InspectionScheduleRepository schedules();

    Transactions transactions();

    private void store(InspectionSchedule schedule) {
        ContractSupport.committed(transactions(), () -> schedules().save(schedule));
    }

    private InspectionSchedule load(InspectionSchedule schedule) {
        return schedules().find(schedule.id()).orElseThrow();
    }

    @Test
    default void aDefinedChangedAndRetiredScheduleComesBackEqual() {
        InspectionSchedule schedule = schedule(schedules().nextId(), INFRASTRUCTURE, "MR-DAILY");
        store(schedule);
        assertThat(load(schedule).snapshot()).isEqualTo(schedule.snapshot());
        InspectionSchedule changed = load(schedule);
        changed.change("UPS-WEEKLY", "0 10 * * 1", CalendarDays.WORKING_DAYS, "office-hours",
                Duration.ofMinutes(90), LEAD, AT.plusSeconds(86_400));
        changed.retire(LEAD, AT.plusSeconds(2 * 86_400));

        store(changed);

        ScheduleSnapshot stored = load(schedule).snapshot();
        assertThat(stored).isEqualTo(changed.snapshot());
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.active()).isFalse();
        assertThat(schedules().find(schedules().nextId())).isEmpty();
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflict() {
        InspectionSchedule schedule = schedule(schedules().nextId(), INFRASTRUCTURE, "MR-DAILY");
        store(schedule);
        InspectionSchedule first = load(schedule);
        InspectionSchedule second = load(schedule);
        first.retire(LEAD, AT.plusSeconds(60));
        second.change("MR-DAILY", "0 9 * * *", CalendarDays.EVERY_DAY, "24x7", Duration.ofHours(1), LEAD,
                AT.plusSeconds(61));

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("inspection-schedule.version-conflict"));
        assertThatThrownBy(() -> store(schedule(schedule.id(), NETWORK, "CORE-SWITCH")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(load(schedule).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aGroupsSchedulesAreByTemplateAndTheActiveOnesAreEveryGroupsNotRetired() {
        InspectionSchedule ups = schedule(schedules().nextId(), INFRASTRUCTURE, "UPS-WEEKLY");
        InspectionSchedule room = schedule(schedules().nextId(), INFRASTRUCTURE, "MR-DAILY");
        InspectionSchedule core = schedule(schedules().nextId(), NETWORK, "CORE-SWITCH");
        store(ups);
        store(room);
        store(core);
        InspectionSchedule retired = load(ups);
        retired.retire(LEAD, AT.plusSeconds(60));
        store(retired);

        assertThat(schedules().ofGroup(INFRASTRUCTURE)).extracting(InspectionSchedule::snapshot)
                .containsExactly(room.snapshot(), retired.snapshot());
        assertThat(schedules().active()).extracting(InspectionSchedule::id)
                .containsExactlyInAnyOrder(room.id(), core.id());
    }

    @Test
    default void aRolledBackSaveLeavesTheScheduleAsItWas() {
        InspectionSchedule schedule = schedule(schedules().nextId(), INFRASTRUCTURE, "MR-DAILY");
        store(schedule);
        InspectionSchedule retired = load(schedule);
        retired.retire(LEAD, AT.plusSeconds(60));
        InspectionSchedule other = schedule(schedules().nextId(), NETWORK, "CORE-SWITCH");

        ContractSupport.rolledBack(transactions(), () -> {
            schedules().save(retired);
            schedules().save(other);
        });

        assertThat(load(schedule).snapshot()).isEqualTo(schedule.snapshot());
        assertThat(schedules().find(other.id())).isEmpty();
    }
}
