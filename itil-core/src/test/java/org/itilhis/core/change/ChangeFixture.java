package org.itilhis.core.change;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * A hospital's change cast: the requester, the change manager, the CAB (IT director, two group
 * leads, a clinical representative, the security officer) and the emergency CAB, a ward printer
 * template, and a clock that moves forward a minute per tick from Monday 2 March 2026, 09:00
 * in Shanghai; the planned windows lie on the following Thursday night.
 */
final class ChangeFixture {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final StaffId REQUESTER_LIU = StaffId.of("E0101");
    static final StaffId MANAGER_ZHAO = StaffId.of("M0001");
    static final StaffId DIRECTOR_WANG = StaffId.of("D0001");
    static final StaffId LEAD_SUN = StaffId.of("L0001");
    static final StaffId LEAD_ZHOU = StaffId.of("L0002");
    static final StaffId NURSE_MANAGER_LI = StaffId.of("N0001");
    static final StaffId SECURITY_WU = StaffId.of("S0009");
    static final StaffId OUTSIDER_QIAN = StaffId.of("X0001");
    static final GroupId HIS_SUPPORT = GroupId.of("his-second-line");

    static final CiId HIS_DB = new CiId(new UUID(5, 1));
    static final CiId WARD_PRINTER = new CiId(new UUID(5, 2));

    static final ChangeAdvisoryBoard CAB = ChangeAdvisoryBoard.of(CabId.of("cab"), "Change advisory board", false,
            members(MANAGER_ZHAO, Set.of(CabRole.CHANGE_MANAGER), DIRECTOR_WANG, Set.of(CabRole.IT_DIRECTOR),
                    LEAD_SUN, Set.of(CabRole.GROUP_LEAD), LEAD_ZHOU, Set.of(CabRole.GROUP_LEAD, CabRole.SERVICE_OWNER),
                    NURSE_MANAGER_LI, Set.of(CabRole.CLINICAL_REPRESENTATIVE), SECURITY_WU, Set.of(CabRole.SECURITY)));
    static final ChangeAdvisoryBoard ECAB = ChangeAdvisoryBoard.of(CabId.of("ecab"), "Emergency CAB", true,
            members(DIRECTOR_WANG, Set.of(CabRole.IT_DIRECTOR), MANAGER_ZHAO, Set.of(CabRole.CHANGE_MANAGER),
                    NURSE_MANAGER_LI, Set.of(CabRole.CLINICAL_REPRESENTATIVE)));

    /** Thursday 5 March 2026, 22:00 to 23:00 in Shanghai. */
    static final PlannedWindow THURSDAY_NIGHT = PlannedWindow.of(Instant.parse("2026-03-05T14:00:00Z"),
            Instant.parse("2026-03-05T15:00:00Z"));

    /** Printers of any ward, Monday to Friday 21:00 to 23:30. */
    static final ChangeTemplate PRINTER_SWAP = new ChangeTemplate("ward-printer-swap", "Swap a ward printer",
            ImmutableSet.of("printer"), ImmutableSet.of(), ImmutableList.of(WeeklyWindow.weekdays(LocalTime.of(21, 0),
            LocalTime.of(23, 30))), SHANGHAI, RiskLevel.LOW);

    private Instant now = Instant.parse("2026-03-02T01:00:00Z");
    private long sequence;

    Instant tick() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    /** A minute after the planned window started (or after now, if later): approvals are in the past. */
    Instant lateTick() {
        Instant late = THURSDAY_NIGHT.start().plusSeconds(60);
        now = late.isAfter(now) ? late : now.plus(Duration.ofMinutes(1));
        return now;
    }

    Instant now() {
        return now;
    }

    static ChangeRequest request(CiId ci, ChangePlans plans, ExpectedOutage outage) {
        return ChangeRequest.of(ChangeDetails.of("Patch the HIS database", "Security patch of the HIS database server"),
                plans, Set.of(ci), THURSDAY_NIGHT, outage, REQUESTER_LIU, HIS_SUPPORT, MANAGER_ZHAO);
    }

    static ChangePlans fullPlans() {
        return ChangePlans.of("apply patch 19.22 on the standby, switch over, patch the primary",
                "switch back to the unpatched primary", "log in to the HIS and place a test order");
    }

    Change normal() {
        return Change.raise(nextId(), nextNumber(), ChangeModel.NORMAL,
                request(HIS_DB, fullPlans(), ExpectedOutage.lasting(Duration.ofMinutes(10))), REQUESTER_LIU, tick());
    }

    Change emergency() {
        return Change.raise(nextId(), nextNumber(), ChangeModel.EMERGENCY,
                request(HIS_DB, fullPlans(), ExpectedOutage.wholeWindow()), REQUESTER_LIU, tick());
    }

    Change standard() {
        return Change.raiseStandard(nextId(), nextNumber(), PRINTER_SWAP,
                request(WARD_PRINTER, fullPlans(), ExpectedOutage.wholeWindow()), Map.of(WARD_PRINTER, "printer"),
                REQUESTER_LIU, tick());
    }

    /** The risk of patching the HIS database: it reaches the HIS, a clinical-critical service. */
    static RiskAssessment clinicalRisk(Likelihood likelihood) {
        CiId his = new CiId(new UUID(5, 9));
        ChangeImpact impact = new ChangeImpact(ImmutableSet.of(his), ImmutableSet.of(his), ImmutableSet.of(),
                ExpectedOutage.lasting(Duration.ofMinutes(10)));
        return RiskMatrix.hospitalDefault().assess(likelihood, "patched this way before", impact);
    }

    /** The risk of a change reaching nothing. */
    static RiskAssessment lowRisk() {
        return RiskMatrix.hospitalDefault().assess(Likelihood.RARE, "routine", ChangeImpact.none(ExpectedOutage.none()));
    }

    private ChangeId nextId() {
        return new ChangeId(new UUID(6, ++sequence));
    }

    private ChangeNumber nextNumber() {
        return ChangeNumber.of(2026, sequence);
    }

    private static Map<StaffId, Set<CabRole>> members(Object... pairs) {
        Map<StaffId, Set<CabRole>> members = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<CabRole> roles = (Set<CabRole>) pairs[i + 1];
            members.put((StaffId) pairs[i], EnumSet.copyOf(roles));
        }
        return members;
    }
}
