package org.itilhis.core.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class ServiceTargetTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final CiId OUTPATIENT = new CiId(new UUID(20, 1));
    private static final StaffId GAO = StaffId.of("D0001");

    @Test
    void aTargetSetAgainIsANewVersionAndTheSameValuesChangeNothing() {
        ServiceTarget target = ServiceTarget.set(OUTPATIENT, " HIS outpatient ", AvailabilityTarget.percent("99.9"),
                GAO, NOW);

        assertThat(target.catalogueService()).isEqualTo("HIS outpatient");
        assertThat(target.change("HIS outpatient", AvailabilityTarget.percent("99.900"), GAO, NOW)).isFalse();
        assertThat(target.change("HIS outpatient", AvailabilityTarget.percent("99.95"), GAO, NOW)).isTrue();
        assertThat(target.version()).isEqualTo(2);
        assertThat(target.pullEvents()).extracting(ServiceTargetEvent::type)
                .containsExactly("availability.target-set", "availability.target-set");
        assertThat(ServiceTarget.restore(target.snapshot()).snapshot()).isEqualTo(target.snapshot());
    }

    @Test
    void aTargetNamesACatalogueService() {
        assertThatThrownBy(() -> ServiceTarget.set(OUTPATIENT, " ", AvailabilityTarget.percent("99"), GAO, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
