package org.itilhis.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.release.BundledChange;
import org.itilhis.core.release.ChangeStanding;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.release.Stage;
import org.itilhis.core.release.StagePlan;
import org.itilhis.core.shared.StaffId;

/**
 * Releases for the contracts: HIS 5.3.2 (the outpatient prescription fix and the new billing
 * report), brought by the workflow's own steps into each state, with texts in Chinese (one
 * character outside the Basic Multilingual Plane) and instants with microseconds.
 */
final class ReleaseSamples {
    static final Instant PLANNED_AT = Instant.parse("2026-04-01T08:00:00.123456Z");
    static final StaffId MANAGER = StaffId.of("RM0001");
    static final StaffId ENGINEER = StaffId.of("E2001");
    static final ChangeId PRESCRIPTION_FIX = new ChangeId(new UUID(0xC4L, 11));
    static final ChangeId BILLING_REPORT = new ChangeId(new UUID(0xC4L, 12));
    static final ChangeId PACS_VIEWER = new ChangeId(new UUID(0xC4L, 13));
    static final CiId BUILD_SERVER = new CiId(new UUID(0xC1L, 71));
    static final CiId WARD_CLIENTS = new CiId(new UUID(0xC1L, 72));
    static final CiId HIS_APP = new CiId(new UUID(0xC1L, 73));
    static final SoftwareVersion BUILD = SoftwareVersion.of("5.3.2-build.118");
    static final SoftwareVersion PREVIOUS = SoftwareVersion.of("5.3.1");

    private ReleaseSamples() {
    }

    /** How far along the workflow a sample release is. */
    enum Step {
        PLANNED, BUNDLE_REVISED, IN_PROGRESS, HALTED, DEPLOYED, CLOSED, ROLLED_BACK, CANCELLED, OWN_STAGES
    }

    static Release planned(ReleaseId id, ReleaseNumber number, String version, String summary,
                           List<ChangeId> changes) {
        return Release.plan(id, number, SoftwareVersion.of(version), summary, MANAGER, StagePlan.hospitalDefault(),
                changes, MANAGER, PLANNED_AT);
    }

    /** HIS 5.3.2 at {@code stage}. */
    static Release at(Step stage, ReleaseId id, ReleaseNumber number) {
        if (stage == Step.OWN_STAGES) {
            Release own = Release.plan(id, number, SoftwareVersion.of("PACS 8.1"), "PACS 查看器升级 𠀀", MANAGER,
                    StagePlan.of(List.of(Stage.of("test"), Stage.hospitalWide("all-wards"), Stage.of("hypercare"))),
                    List.of(PACS_VIEWER), MANAGER, PLANNED_AT);
            own.start(MANAGER, tick(1));
            own.go("test", "测试通过", MANAGER, tick(2));
            own.deploy(HIS_APP, "test", SoftwareVersion.of("8.1"), Optional.empty(), ENGINEER, tick(3));
            return own;
        }
        Release r = planned(id, number, "HIS 5.3.2", "门诊处方修复与新的收费报表 𠀀",
                List.of(PRESCRIPTION_FIX, BILLING_REPORT));
        switch (stage) {
            case PLANNED -> { }
            case BUNDLE_REVISED -> {
                r.bundleChange(PACS_VIEWER, MANAGER, tick(1));
                r.unbundleChange(BILLING_REPORT, MANAGER, tick(2));
            }
            case IN_PROGRESS -> building(r);
            case HALTED -> {
                building(r);
                r.noGo("test", "处方打印在病区打印机上被截断", MANAGER, tick(10));
            }
            case DEPLOYED -> deployed(r);
            case CLOSED -> {
                deployed(r);
                r.close(all(r, ChangeStanding.IMPLEMENTED), MANAGER, tick(20));
            }
            case ROLLED_BACK -> {
                deployed(r);
                r.rollBack("处方丢失剂量单位", Map.of(HIS_APP, PREVIOUS), ENGINEER, tick(20));
            }
            case CANCELLED -> r.cancel("收费报表推迟到下季度", MANAGER, tick(1));
            default -> throw new IllegalArgumentException(stage.name());
        }
        return r;
    }

    private static void building(Release r) {
        r.start(MANAGER, tick(3));
        r.go("build", "两项变更均已获 CAB 批准", MANAGER, tick(4));
        r.deploy(BUILD_SERVER, "build", BUILD, Optional.of(PREVIOUS), ENGINEER, tick(5));
    }

    private static void deployed(Release r) {
        building(r);
        r.go("test", "构建通过", MANAGER, tick(6));
        r.go("pilot-ward", "全部测试用例通过", MANAGER, tick(7));
        r.deploy(WARD_CLIENTS, "pilot-ward", BUILD, Optional.of(PREVIOUS), ENGINEER, tick(8));
        r.go("hospital-wide", "5 东病区试用一周无事件", all(r, ChangeStanding.APPROVED), MANAGER, tick(9));
        r.deploy(HIS_APP, "hospital-wide", BUILD, Optional.empty(), ENGINEER, tick(10));
        r.deploy(WARD_CLIENTS, "hospital-wide", SoftwareVersion.of("5.3.2-build.119"), Optional.of(BUILD), ENGINEER,
                tick(11));
        r.complete(MANAGER, tick(12));
    }

    private static List<BundledChange> all(Release r, ChangeStanding standing) {
        return r.changes().stream().map(c -> BundledChange.of(c,
                ChangeNumber.of(2026, c.value().getLeastSignificantBits()), standing)).toList();
    }

    static Instant tick(int minutes) {
        return PLANNED_AT.plus(Duration.ofMinutes(minutes)).plusNanos(1000L * minutes);
    }
}
