package org.itilhis.testkit.contract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.change.ApprovalPolicy;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeDetails;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeImpact;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.IncidentLink;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.PostImplementationReview;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.RiskMatrix;
import org.itilhis.core.change.Vote;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.testkit.DemoHospital;

/**
 * Changes and change configuration for the contracts: a patch of an HIS application server,
 * brought by the aggregate's own steps into each state, with texts in Chinese (one character
 * outside the Basic Multilingual Plane) and instants with microseconds; the CAB, a template and
 * the windows of the demo hospital.
 */
final class ChangeSamples {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant RAISED_AT = Instant.parse("2026-03-02T01:02:03.123456Z");
    static final Instant WINDOW_START = Instant.parse("2026-03-04T18:00:00.000001Z");
    static final StaffId REQUESTER = DemoHospital.SPECIALIST_HUANG.staffId();
    static final StaffId MANAGER = DemoHospital.CHANGE_MANAGER_LIN.staffId();
    static final StaffId DIRECTOR = DemoHospital.DIRECTOR_GAO.staffId();
    static final StaffId NURSE = DemoHospital.HEAD_NURSE_HAN.staffId();
    static final CiId SERVER = new CiId(new UUID(0xC1L, 1));
    static final CiId OTHER_SERVER = new CiId(new UUID(0xC1L, 2));
    static final CiId SERVICE = new CiId(new UUID(0xC1L, 3));
    static final TicketId INCIDENT = new TicketId(new UUID(0xAL, 1));
    static final ProblemId PROBLEM = new ProblemId(new UUID(0xBL, 1));
    static final ApprovalPolicy POLICY = ApprovalPolicy.hospitalDefault();

    private ChangeSamples() {
    }

    /** How far along its workflow a sample change is. */
    enum Stage {
        DRAFT, SUBMITTED, ASSESSED, AWAITING_APPROVAL, APPROVED, SCHEDULED, IMPLEMENTING, FAILED, IN_REVIEW, CLOSED,
        CANCELLED, STANDARD_APPROVED, EMERGENCY_OVERRIDDEN
    }

    static Instant tick(int minutes) {
        return RAISED_AT.plus(Duration.ofMinutes(minutes));
    }

    static ChangeRequest request(Set<CiId> touched, Instant start, Duration length, GroupId group, String summary) {
        return ChangeRequest.of(ChangeDetails.of(summary, "厂商安全补丁，𠀀 号段"),
                ChangePlans.of("停机、打补丁、重启", "恢复打补丁前的快照", "以挂号员身份挂一个测试号"), touched,
                PlannedWindow.of(start, start.plus(length)), ExpectedOutage.wholeWindow(), REQUESTER, group, MANAGER);
    }

    static Change raised(ChangeId id, ChangeNumber number, ChangeModel model, Set<CiId> touched, Instant start,
                         Duration length, GroupId group, String summary) {
        return Change.raise(id, number, model, request(touched, start, length, group, summary), REQUESTER,
                RAISED_AT);
    }

    static ChangeAdvisoryBoard cab() {
        return ChangeAdvisoryBoard.of(CabId.of("cab"), "变更咨询委员会 CAB", false, Map.of(
                MANAGER, Set.of(CabRole.CHANGE_MANAGER), DIRECTOR, Set.of(CabRole.IT_DIRECTOR),
                NURSE, Set.of(CabRole.CLINICAL_REPRESENTATIVE),
                DemoHospital.LEAD_WU.staffId(), Set.of(CabRole.GROUP_LEAD, CabRole.SERVICE_OWNER)));
    }

    static ChangeAdvisoryBoard ecab() {
        return ChangeAdvisoryBoard.of(CabId.of("ecab"), "紧急变更咨询委员会", true, Map.of(
                MANAGER, Set.of(CabRole.CHANGE_MANAGER), DIRECTOR, Set.of(CabRole.IT_DIRECTOR),
                NURSE, Set.of(CabRole.CLINICAL_REPRESENTATIVE)));
    }

    static ChangeTemplate template() {
        return new ChangeTemplate("ward-printer-swap", "更换病区打印机", ImmutableSet.of("printer"),
                ImmutableSet.of(SERVER), ImmutableList.of(WeeklyWindow.weekdays(LocalTime.of(14, 0), LocalTime.of(17, 0)),
                        new WeeklyWindow(Set.of(java.time.DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(11, 30))),
                SHANGHAI, RiskLevel.LOW);
    }

    static ChangeWindow blackout() {
        return ChangeWindow.recurring(ChangeWindowId.of("his-outpatient-peak"), "HIS 门诊高峰", WindowKind.BLACKOUT,
                Set.of(SERVICE, SERVER), WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0)), SHANGHAI)
                .effective(java.time.LocalDate.of(2026, 1, 1), null);
    }

    static ChangeWindow freeze() {
        return ChangeWindow.dated(ChangeWindowId.of("spring-festival-2027"), "春节封网", WindowKind.BLACKOUT,
                Set.of(SERVICE), LocalDateTime.parse("2027-02-05T18:00"), LocalDateTime.parse("2027-02-13T08:00"),
                SHANGHAI);
    }

    static ChangeWindow maintenance() {
        return ChangeWindow.recurring(ChangeWindowId.of("pacs-night"), "PACS 夜间维护", WindowKind.MAINTENANCE,
                Set.of(OTHER_SERVER), new WeeklyWindow(Set.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY),
                        LocalTime.of(1, 0), LocalTime.of(5, 0)), SHANGHAI);
    }

    /** A normal change of HIS support on the server at {@code stage} (an emergency or standard one for theirs). */
    static Change at(Stage stage, ChangeId id, ChangeNumber number) {
        if (stage == Stage.STANDARD_APPROVED) {
            Change change = Change.raiseStandard(id, number, template(), request(Set.of(SERVER),
                            Instant.parse("2026-03-03T07:00:00Z"), Duration.ofHours(1), DemoHospital.HIS_SUPPORT,
                            "更换打印机"), Map.of(SERVER, "server"), REQUESTER, RAISED_AT);
            change.submitStandard(REQUESTER, tick(1));
            return change;
        }
        ChangeModel model = stage == Stage.EMERGENCY_OVERRIDDEN ? ChangeModel.EMERGENCY : ChangeModel.NORMAL;
        Change change = raised(id, number, model, Set.of(SERVER), WINDOW_START, Duration.ofHours(2),
                DemoHospital.HIS_SUPPORT, "修补 HIS 应用服务器");
        change.linkProblem(PROBLEM, MANAGER, tick(1));
        if (stage == Stage.DRAFT) {
            return change;
        }
        if (stage == Stage.CANCELLED) {
            change.cancel("供应商撤回补丁", MANAGER, tick(2));
            return change;
        }
        change.submit(REQUESTER, tick(2));
        if (stage == Stage.SUBMITTED) {
            return change;
        }
        ChangeImpact impact = new ChangeImpact(ImmutableSet.of(SERVICE), ImmutableSet.of(SERVICE),
                ImmutableSet.of(DemoHospital.OUTPATIENT), ExpectedOutage.wholeWindow());
        change.assess(RiskMatrix.hospitalDefault().assess(Likelihood.POSSIBLE, "首次安装", impact), MANAGER, tick(3));
        if (stage == Stage.ASSESSED) {
            return change;
        }
        change.requestApproval(POLICY, model == ChangeModel.EMERGENCY ? ecab() : cab(), MANAGER, tick(4));
        change.vote(Vote.approve(DIRECTOR, "同意", tick(5)), DIRECTOR, tick(5));
        if (stage == Stage.AWAITING_APPROVAL) {
            return change;
        }
        change.vote(Vote.approve(NURSE, "病区已通知", tick(6)), NURSE, tick(6));
        if (model == ChangeModel.NORMAL) {
            change.vote(Vote.approve(MANAGER, "", tick(7)), MANAGER, tick(7));
        }
        if (stage == Stage.APPROVED) {
            return change;
        }
        change.schedule(change.window(), model == ChangeModel.EMERGENCY ? Optional.of("补丁修复正在被利用的漏洞")
                : Optional.empty(), MANAGER, tick(8));
        if (stage == Stage.SCHEDULED || stage == Stage.EMERGENCY_OVERRIDDEN) {
            return change;
        }
        change.start(REQUESTER, WINDOW_START);
        if (stage == Stage.IMPLEMENTING) {
            return change;
        }
        change.fail("补丁后服务无法启动", true, REQUESTER, WINDOW_START.plus(Duration.ofMinutes(40)));
        change.linkIncident(new IncidentLink(INCIDENT, IncidentRelation.CAUSED), MANAGER,
                WINDOW_START.plus(Duration.ofMinutes(50)));
        if (stage == Stage.FAILED) {
            return change;
        }
        change.review(PostImplementationReview.of(false, Set.of(INCIDENT), "先在测试环境验证补丁"), MANAGER,
                WINDOW_START.plus(Duration.ofDays(1)));
        if (stage == Stage.IN_REVIEW) {
            return change;
        }
        change.close(MANAGER, WINDOW_START.plus(Duration.ofDays(2)));
        return change;
    }
}
