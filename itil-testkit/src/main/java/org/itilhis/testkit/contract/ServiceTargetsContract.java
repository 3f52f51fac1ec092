package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.itilhis.core.availability.AvailabilityTarget;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.availability.out.ServiceTargets;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ServiceTargets} store must do: keep one target per service whole (the
 * percent exactly, the catalogue service's name in any script), lock optimistically (a second
 * first target of the same service conflicts), list them by service, and take part in
 * transactions. Each test expects empty storage.
 */
public interface ServiceTargetsContract {
    ServiceTargets targets();

    Transactions transactions();

    Instant MORNING = Instant.parse("2027-03-02T01:00:00.123456Z");
    CiId HIS_OUTPATIENT = new CiId(new UUID(0xA8, 1));
    CiId OFFICE = new CiId(new UUID(0xA8, 2));
    StaffId DIRECTOR = StaffId.of("E0001");

    private void store(ServiceTarget target) {
        ContractSupport.committed(transactions(), () -> targets().save(target));
        target.pullEvents();
    }

    private ServiceTarget load(CiId service) {
        return targets().find(service).orElseThrow();
    }

    @Test
    default void aTargetComesBackEqualAndSetAgainAtTheNextVersion() {
        ServiceTarget his = ServiceTarget.set(HIS_OUTPATIENT, "HIS 门诊 outpatient", AvailabilityTarget.percent("99.95"),
                DIRECTOR, MORNING);
        store(his);
        assertThat(load(HIS_OUTPATIENT).snapshot()).isEqualTo(his.snapshot());

        ServiceTarget stricter = load(HIS_OUTPATIENT);
        stricter.change("HIS 门诊 outpatient", AvailabilityTarget.percent("99.999"), DIRECTOR, MORNING.plusSeconds(60));
        store(stricter);

        assertThat(load(HIS_OUTPATIENT).snapshot()).isEqualTo(stricter.snapshot());
        assertThat(load(HIS_OUTPATIENT).version()).isEqualTo(2);
        assertThat(load(HIS_OUTPATIENT).target().percent()).isEqualByComparingTo("99.999");
        assertThat(targets().find(OFFICE)).isEmpty();
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        store(ServiceTarget.set(OFFICE, "office systems", AvailabilityTarget.percent("99"), DIRECTOR, MORNING));
        ServiceTarget first = load(OFFICE);
        ServiceTarget second = load(OFFICE);
        first.change("office systems", AvailabilityTarget.percent("98.5"), DIRECTOR, MORNING);
        second.change("office systems", AvailabilityTarget.percent("99.5"), DIRECTOR, MORNING);

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("availability-target.version-conflict"));
        assertThat(load(OFFICE).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aSecondFirstTargetOfAServiceConflicts() {
        store(ServiceTarget.set(OFFICE, "office systems", AvailabilityTarget.percent("99"), DIRECTOR, MORNING));

        assertThatThrownBy(() -> store(ServiceTarget.set(OFFICE, "office systems", AvailabilityTarget.percent("95"),
                DIRECTOR, MORNING))).isInstanceOf(VersionConflictException.class);
        assertThat(load(OFFICE).target().percent()).isEqualByComparingTo("99");
    }

    @Test
    default void everyTargetIsListedByServiceAndARolledBackSaveLeavesNothing() {
        store(ServiceTarget.set(OFFICE, "office systems", AvailabilityTarget.percent("99"), DIRECTOR, MORNING));
        store(ServiceTarget.set(HIS_OUTPATIENT, "HIS outpatient", AvailabilityTarget.percent("99.9"), DIRECTOR,
                MORNING));
        ServiceTarget changed = load(OFFICE);
        changed.change("office systems", AvailabilityTarget.percent("90"), DIRECTOR, MORNING);

        ContractSupport.rolledBack(transactions(), () -> targets().save(changed));

        assertThat(targets().all()).extracting(ServiceTarget::service).containsExactly(HIS_OUTPATIENT, OFFICE);
        assertThat(load(OFFICE).target().percent()).isEqualByComparingTo("99");
    }
}
