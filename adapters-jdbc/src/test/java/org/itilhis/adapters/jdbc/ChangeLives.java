package org.itilhis.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.testkit.DemoHospital;

/**
 * Changes for the codec's and the event log's tests, each brought by the aggregate's own steps: a normal change
 * through the CAB to its close (plans revised, links, a risk with its explanation, the board's
 * votes), an emergency change that fails with its backout run and is reviewed in retrospect, a
 * standard change from its template that is backed out, and a cancelled one; with the change
 * configuration of a hospital (boards, a template, weekly and dated windows with effective
 * dates). Texts in Chinese, one character outside the Basic Multilingual Plane; instants with
 * nanoseconds.
 */
public final class ChangeLives {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Instant AT = Instant.parse("2026-03-02T01:02:03.123456789Z");
    /** A Tuesday, 15:00 in Shanghai: inside the template's weekday afternoons. */
    public static final Instant WINDOW = Instant.parse("2026-03-03T07:00:00.000000001Z");
    public static final StaffId REQUESTER = DemoHospital.SPECIALIST_HUANG.staffId();
    public static final StaffId MANAGER = DemoHospital.CHANGE_MANAGER_LIN.staffId();
    public static final StaffId DIRECTOR = DemoHospital.DIRECTOR_GAO.staffId();
    public static final StaffId NURSE = DemoHospital.HEAD_NURSE_HAN.staffId();
    public static final CiId SERVER = new CiId(new UUID(0xC1L, 1));
    public static final CiId SERVICE = new CiId(new UUID(0xC1L, 3));

    private ChangeLives() {
    }

    public static Instant tick(int minutes) {
        return AT.plus(Duration.ofMinutes(minutes));
    }

    public static ChangeAdvisoryBoard cab() {
        return ChangeAdvisoryBoard.of(CabId.of("cab"), "变更咨询委员会 CAB", false, Map.of(
                MANAGER, Set.of(CabRole.CHANGE_MANAGER), DIRECTOR, Set.of(CabRole.IT_DIRECTOR),
                NURSE, Set.of(CabRole.CLINICAL_REPRESENTATIVE),
                DemoHospital.LEAD_WU.staffId(), Set.of(CabRole.GROUP_LEAD, CabRole.SERVICE_OWNER)));
    }

    public static ChangeAdvisoryBoard ecab() {
        return ChangeAdvisoryBoard.of(CabId.of("ecab"), "紧急变更咨询委员会", true, Map.of(
                MANAGER, Set.of(CabRole.CHANGE_MANAGER), DIRECTOR, Set.of(CabRole.IT_DIRECTOR),
                NURSE, Set.of(CabRole.CLINICAL_REPRESENTATIVE)));
    }

    public static ChangeTemplate template() {
        return new ChangeTemplate("ward-printer-swap", "更换病区打印机", ImmutableSet.of("printer"), ImmutableSet.of(SERVER),
                ImmutableList.of(WeeklyWindow.weekdays(LocalTime.of(14, 0), LocalTime.of(17, 0)),
                        new WeeklyWindow(Set.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(11, 30))),
                SHANGHAI, RiskLevel.LOW);
    }

    /** A recurring blackout in force for 2026 only, a dated freeze from a date on, and a maintenance window. */
    public static List<ChangeWindow> windows() {
        return List.of(
                ChangeWindow.recurring(ChangeWindowId.of("his-outpatient-peak"), "HIS 门诊高峰 𠀀", WindowKind.BLACKOUT,
                                Set.of(SERVICE, SERVER), WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0)),
                                SHANGHAI)
                        .effective(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                ChangeWindow.dated(ChangeWindowId.of("spring-festival-2027"), "春节封网", WindowKind.BLACKOUT,
                                Set.of(SERVICE), LocalDateTime.parse("2027-02-05T18:00"),
                                LocalDateTime.parse("2027-02-13T08:00:00.5"), ZoneId.of("Asia/Urumqi"))
                        .effective(LocalDate.of(2027, 1, 1), null),
                ChangeWindow.recurring(ChangeWindowId.of("pacs-night"), "PACS 夜间维护", WindowKind.MAINTENANCE,
                        Set.of(SERVER), new WeeklyWindow(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                                LocalTime.of(1, 0), LocalTime.of(5, 0)), ZoneId.of("UTC")));
    }

    public static ChangeRequest request(Duration length, ExpectedOutage outage, String summary) {
        return ChangeRequest.of(ChangeDetails.of(summary, "厂商安全补丁，𠀀 号段"),
                ChangePlans.of("停机、打补丁、重启", "恢复打补丁前的快照", "以挂号员身份挂一个测试号"), Set.of(SERVER),
                PlannedWindow.of(WINDOW, WINDOW.plus(length)), outage, REQUESTER, DemoHospital.HIS_SUPPORT, MANAGER);
    }

    /** A normal change through the CAB to its close; {@code midVote} receives it after the first vote. */
    public static Change closedNormal(Consumer<Change> midVote) {
        Change change = Change.raise(new ChangeId(new UUID(0xCL, 1)), ChangeNumber.of(2026, 1), ChangeModel.NORMAL,
                request(Duration.ofHours(2), ExpectedOutage.wholeWindow(), "修补 HIS 应用服务器"), REQUESTER, AT);
        change.revisePlans(ChangePlans.of("停机、打补丁、重启", "恢复快照", "挂测试号并打印发票"), REQUESTER, tick(1));
        change.linkProblem(new ProblemId(new UUID(0xBL, 1)), MANAGER, tick(1));
        change.linkIncident(new IncidentLink(new TicketId(new UUID(0xAL, 1)), IncidentRelation.RESOLVES), MANAGER,
                tick(1));
        change.submit(REQUESTER, tick(2));
        assess(change);
        change.requestApproval(ApprovalPolicy.hospitalDefault(), cab(), MANAGER, tick(4));
        change.vote(Vote.approve(DIRECTOR, "同意", tick(5)), DIRECTOR, tick(5));
        midVote.accept(change);
        change.vote(Vote.approve(NURSE, "病区已通知", tick(6)), NURSE, tick(6));
        change.vote(Vote.approve(MANAGER, "", tick(7)), MANAGER, tick(7));
        change.schedule(change.window(), Optional.empty(), MANAGER, tick(8));
        change.start(REQUESTER, WINDOW);
        change.complete(REQUESTER, WINDOW.plus(Duration.ofMinutes(50)));
        change.review(PostImplementationReview.of(true, Set.of(), "按计划完成"), MANAGER, WINDOW.plus(Duration.ofDays(1)));
        change.close(MANAGER, WINDOW.plus(Duration.ofDays(2)));
        return change;
    }

    /** An emergency change approved by the ECAB, scheduled over a conflict, failed with its backout run, reviewed in retrospect. */
    public static Change failedEmergency() {
        Change change = Change.raise(new ChangeId(new UUID(0xCL, 2)), ChangeNumber.of(2026, 2), ChangeModel.EMERGENCY,
                request(Duration.ofHours(1), ExpectedOutage.lasting(Duration.ofMinutes(20).plusNanos(1)), "更换磁盘控制器"),
                REQUESTER, AT);
        change.submit(REQUESTER, tick(2));
        assess(change);
        change.requestApproval(ApprovalPolicy.hospitalDefault(), ecab(), MANAGER, tick(4));
        change.vote(Vote.approve(DIRECTOR, "立即执行", tick(5)), DIRECTOR, tick(5));
        change.vote(Vote.approve(NURSE, "", tick(6)), NURSE, tick(6));
        change.schedule(change.window(), Optional.of("控制器正在报错，不能等到封网结束"), MANAGER, tick(8));
        change.start(REQUESTER, WINDOW);
        change.fail("新控制器不识别阵列", true, REQUESTER, WINDOW.plus(Duration.ofMinutes(40)));
        change.review(PostImplementationReview.of(false, Set.of(new TicketId(new UUID(0xAL, 2))), "先在备机验证")
                .withRetrospective("紧急是真的"), MANAGER, WINDOW.plus(Duration.ofDays(1)));
        return change;
    }

    /** A standard change from the template, approved by it, started and backed out. */
    public static Change backedOutStandard() {
        Change change = Change.raiseStandard(new ChangeId(new UUID(0xCL, 3)), ChangeNumber.of(2026, 3), template(),
                request(Duration.ofHours(1), ExpectedOutage.none(), "更换打印机"), Map.of(SERVER, "server"), REQUESTER, AT);
        change.submitStandard(REQUESTER, tick(1));
        change.schedule(change.window(), Optional.empty(), MANAGER, tick(2));
        change.start(REQUESTER, WINDOW);
        change.backOut("打印机驱动不兼容", REQUESTER, WINDOW.plus(Duration.ofMinutes(30)));
        return change;
    }

    public static Change cancelled() {
        Change change = Change.raise(new ChangeId(new UUID(0xCL, 4)), ChangeNumber.of(2026, 4), ChangeModel.NORMAL,
                request(Duration.ofHours(1), ExpectedOutage.none(), "升级交换机固件"), REQUESTER, AT);
        change.cancel("供应商撤回固件", MANAGER, tick(2));
        return change;
    }

    private static void assess(Change change) {
        ChangeImpact impact = new ChangeImpact(ImmutableSet.of(SERVICE), ImmutableSet.of(SERVICE),
                ImmutableSet.of(DemoHospital.OUTPATIENT), change.snapshot().request().outage());
        change.assess(RiskMatrix.hospitalDefault().assess(Likelihood.POSSIBLE, "首次安装", impact), MANAGER, tick(3));
    }
}
