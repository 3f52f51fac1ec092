package org.itilhis.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;

/** SLAs and catalogue entries shared by the tests of this package. */
final class SlaFixture {
    /** P1 15m/4h, P2 30m/8h, P3 60m/16h, P4 120m/24h, P5 240m/80h; warn at 50% and 75%. */
    static final ServiceLevelAgreement STANDARD = ServiceLevelAgreement.of("standard", Map.of(
            Priority.P1, SlaTargets.of(15, 4),
            Priority.P2, SlaTargets.of(30, 8),
            Priority.P3, SlaTargets.of(60, 16),
            Priority.P4, SlaTargets.of(120, 24),
            Priority.P5, SlaTargets.of(240, 80)), List.of(50, 75));

    static final ServiceCatalogueEntry HIS_OUTPATIENT =
            new ServiceCatalogueEntry("HIS outpatient", ServiceCriticality.CLINICAL_CRITICAL, STANDARD);
    static final ServiceCatalogueEntry DESKTOP =
            new ServiceCatalogueEntry("desktop and printers", ServiceCriticality.GENERAL, STANDARD);

    /** Monday 2 March 2026, 09:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    /** {@code minutes} after {@link #T0}. */
    static Instant t(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private SlaFixture() {
    }
}
