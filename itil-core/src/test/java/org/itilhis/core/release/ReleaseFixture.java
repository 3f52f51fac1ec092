package org.itilhis.core.release;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;

/**
 * The HIS 5.3.2 release (the outpatient prescription fix, CHG-2026-000011, and the new
 * billing report, CHG-2026-000012) brought into any state by its workflow's own steps, at a
 * clock that moves a minute per step.
 */
final class ReleaseFixture {
    static final StaffId MANAGER_WANG = StaffId.of("RM0001");
    static final StaffId ENGINEER_LIU = StaffId.of("E2001");
    static final StaffId DIRECTOR_SUN = StaffId.of("D0001");
    static final ChangeId PRESCRIPTION_FIX = new ChangeId(new UUID(4, 11));
    static final ChangeId BILLING_REPORT = new ChangeId(new UUID(4, 12));
    static final ChangeId PACS_VIEWER = new ChangeId(new UUID(4, 13));
    static final CiId BUILD_SERVER = new CiId(new UUID(7, 1));
    static final CiId TEST_SERVER = new CiId(new UUID(7, 2));
    static final CiId WARD_5_CLIENTS = new CiId(new UUID(7, 3));
    static final CiId HIS_APP_SERVER = new CiId(new UUID(7, 4));
    static final SoftwareVersion HIS_5_3_2 = SoftwareVersion.of("HIS 5.3.2");
    static final SoftwareVersion BUILD_118 = SoftwareVersion.of("5.3.2-build.118");
    static final SoftwareVersion PREVIOUS = SoftwareVersion.of("5.3.1");

    private Instant now = Instant.parse("2026-04-01T08:00:00Z");
    private long sequence;

    Instant tick() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    static ChangeNumber numberOf(ChangeId change) {
        return ChangeNumber.of(2026, change.value().getLeastSignificantBits());
    }

    static BundledChange standing(ChangeId change, ChangeStanding standing) {
        return BundledChange.of(change, numberOf(change), standing);
    }

    /** Every bundled change of {@code release} in {@code standing}. */
    static List<BundledChange> all(Release release, ChangeStanding standing) {
        return release.changes().stream().map(c -> standing(c, standing)).toList();
    }

    Release planned() {
        sequence++;
        return Release.plan(new ReleaseId(new UUID(1, sequence)), ReleaseNumber.of(2026, sequence), HIS_5_3_2,
                "Outpatient prescription fix and the new billing report", MANAGER_WANG,
                StagePlan.hospitalDefault(), List.of(PRESCRIPTION_FIX, BILLING_REPORT), MANAGER_WANG, tick());
    }

    /** A release in {@code status}, reached by the workflow's steps; its events are pulled. */
    Release in(ReleaseStatus status) {
        Release r = planned();
        switch (status) {
            case PLANNED -> { }
            case IN_PROGRESS -> building(r);
            case HALTED -> {
                building(r);
                r.noGo("test", "the prescription printout is cut off on ward printers", DIRECTOR_SUN, tick());
            }
            case DEPLOYED -> deployed(r);
            case CLOSED -> {
                deployed(r);
                r.close(all(r, ChangeStanding.IMPLEMENTED), MANAGER_WANG, tick());
            }
            case ROLLED_BACK -> {
                deployed(r);
                r.rollBack("prescriptions lose their dosage unit", DIRECTOR_SUN, tick());
            }
            case CANCELLED -> r.cancel("the billing report moved to next quarter", MANAGER_WANG, tick());
        }
        r.pullEvents();
        return r;
    }

    /** Started, the build stage entered and the build server deployed. */
    void building(Release r) {
        r.start(MANAGER_WANG, tick());
        r.go("build", "both changes approved by the CAB", MANAGER_WANG, tick());
        r.deploy(BUILD_SERVER, "build", BUILD_118, Optional.of(PREVIOUS), ENGINEER_LIU, tick());
    }

    void deployed(Release r) {
        building(r);
        r.go("test", "build green", MANAGER_WANG, tick());
        r.deploy(TEST_SERVER, "test", BUILD_118, Optional.of(PREVIOUS), ENGINEER_LIU, tick());
        r.go("pilot-ward", "all test cases passed", DIRECTOR_SUN, tick());
        r.deploy(WARD_5_CLIENTS, "pilot-ward", BUILD_118, Optional.of(PREVIOUS), ENGINEER_LIU, tick());
        r.go("hospital-wide", "ward 5 used it for a week without incidents", all(r, ChangeStanding.APPROVED),
                DIRECTOR_SUN, tick());
        r.deploy(HIS_APP_SERVER, "hospital-wide", BUILD_118, Optional.of(PREVIOUS), ENGINEER_LIU, tick());
        r.complete(MANAGER_WANG, tick());
    }
}
