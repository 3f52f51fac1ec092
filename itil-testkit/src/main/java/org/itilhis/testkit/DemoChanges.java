package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.Vote;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeConfigurationUseCase;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.in.ChangeUseCase;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.RaiseChange;
import org.itilhis.ports.change.service.ChangeSettings;

/**
 * The demo hospital's change management, as change manager Lin set it up: the change advisory
 * board (Lin, director Gao, HIS lead Wu, head nurse Han for the wards) and the emergency board
 * (Gao, Lin, Han); the ward printer swap as a standard change template (weekdays 14:00 to
 * 17:00); the blackout windows the hospital lives by (the HIS outpatient peak, Monday to
 * Friday 07:30 to 12:00 on outpatient registration, and the Spring Festival freeze of 2027 on
 * the clinical applications) and the HIS maintenance nights (Tuesday and Thursday 22:00 to
 * 23:59). Then two changes: the firmware upgrade of PACS server 1, approved by the CAB and
 * scheduled for next Saturday night (it takes that server down, which the PACS cluster
 * survives), and a HIS database patch waiting on the CAB's agenda. Loaded through the use
 * cases so that they land the same on every adapter; loading is guarded: where a board or a
 * change exists, nothing is written.
 */
public final class DemoChanges {
    /** The HIS outpatient peak blackout. */
    public static final ChangeWindowId HIS_OUTPATIENT_PEAK = ChangeWindowId.of("his-outpatient-peak");
    /** The Spring Festival freeze of 2027, from the evening of 5 February to the morning of 13 February. */
    public static final ChangeWindowId SPRING_FESTIVAL_FREEZE = ChangeWindowId.of("spring-festival-freeze-2027");
    /** Where HIS work is preferred. */
    public static final ChangeWindowId HIS_MAINTENANCE_NIGHTS = ChangeWindowId.of("his-maintenance-nights");
    /** The standard change template for swapping a ward printer. */
    public static final String PRINTER_SWAP = "ward-printer-swap";
    /** The summary of the scheduled PACS firmware upgrade. */
    public static final String PACS_FIRMWARE = "PACS server 1 firmware upgrade PACS 服务器1固件升级";
    /** The summary of the HIS database patch on the CAB's agenda. */
    public static final String HIS_DATABASE_PATCH = "HIS database security patch HIS 数据库安全补丁";
    /**
     * Who the demo changes need in the staff directory: the boards' members and the engineer who
     * raises the changes (a board's members must be staff the directory knows).
     */
    public static final ImmutableList<Actor> PEOPLE = ImmutableList.of(CHANGE_MANAGER_LIN, DIRECTOR_GAO, LEAD_WU,
            HEAD_NURSE_HAN, SPECIALIST_HUANG);

    private DemoChanges() {
    }

    /**
     * Defines the boards, the template and the windows as change manager Lin, unless a board
     * exists already.
     *
     * @return whether anything was defined
     */
    public static boolean configureInto(ChangeConfigurationUseCase configuration, ChangeQueries queries,
                                        DemoCmdb.Estate estate) {
        checkNotNull(configuration, "configuration");
        checkNotNull(queries, "queries");
        checkNotNull(estate, "estate");
        if (!queries.boards(CHANGE_MANAGER_LIN).isEmpty()) {
            return false;
        }
        configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN, ChangeSettings.CAB,
                "Change advisory board 变更咨询委员会", false, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        LEAD_WU.staffId(), Set.of(CabRole.GROUP_LEAD),
                        HEAD_NURSE_HAN.staffId(), Set.of(CabRole.CLINICAL_REPRESENTATIVE))));
        configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN, ChangeSettings.ECAB,
                "Emergency CAB 紧急变更咨询委员会", true, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        HEAD_NURSE_HAN.staffId(), Set.of(CabRole.CLINICAL_REPRESENTATIVE))));
        configuration.defineTemplate(new ChangeConfigurationCommand.DefineTemplate(CHANGE_MANAGER_LIN, PRINTER_SWAP,
                "Swap a ward printer 更换病区打印机", Set.of("printer"), Set.of(),
                List.of(WeeklyWindow.weekdays(LocalTime.of(14, 0), LocalTime.of(17, 0))), RiskLevel.LOW));
        configuration.defineWindow(new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN, HIS_OUTPATIENT_PEAK,
                "HIS outpatient peak 门诊高峰", WindowKind.BLACKOUT, Set.of(estate.outpatientRegistration()),
                new ChangeWindow.Timing.Weekly(WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0))),
                null, null));
        configuration.defineWindow(new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN,
                SPRING_FESTIVAL_FREEZE, "Spring Festival freeze 2027 春节封网", WindowKind.BLACKOUT,
                Set.of(estate.his(), estate.pacs(), estate.id(DemoCmdb.LIS), estate.id(DemoCmdb.EMR)),
                new ChangeWindow.Timing.Dated(LocalDateTime.parse("2027-02-05T18:00"),
                        LocalDateTime.parse("2027-02-13T08:00")), null, null));
        configuration.defineWindow(new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN,
                HIS_MAINTENANCE_NIGHTS, "HIS maintenance nights HIS 维护窗口", WindowKind.MAINTENANCE,
                Set.copyOf(estate.hisCluster()), new ChangeWindow.Timing.Weekly(new WeeklyWindow(
                        Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(22, 0), LocalTime.of(23, 59))),
                null, null));
        return true;
    }

    /**
     * Raises the demo changes relative to {@code now} (in {@code zone}), unless a change exists
     * already: the PACS firmware upgrade approved and scheduled for next Saturday 22:00 to Sunday
     * 02:00, and the HIS database patch before the CAB for the Tuesday maintenance night after.
     * Needs {@link #configureInto} first.
     *
     * @return the changes raised, none when the store was not empty
     */
    public static ImmutableList<ChangeView> loadInto(ChangeUseCase changes, ChangeQueries queries,
                                                     DemoCmdb.Estate estate, Instant now, ZoneId zone) {
        checkNotNull(changes, "changes");
        checkNotNull(queries, "queries");
        checkNotNull(estate, "estate");
        if (!queries.search(CHANGE_MANAGER_LIN, ChangeSearch.all(1)).isEmpty()) {
            return ImmutableList.of();
        }
        LocalDate saturday = nextSaturday(now, zone);
        ChangeView firmware = changes.raise(raising(PACS_FIRMWARE,
                "Vendor firmware 4.2 fixes the RAID controller's cache flush; PACS server 2 carries the load",
                "Drain PACS server 1 from the load balancer, flash the firmware, reboot, rejoin",
                "Flash the previous firmware kept on the controller, reboot",
                "Open three studies from each modality on a reading workstation",
                estate.id(DemoCmdb.PACS_SERVERS.get(0)), saturday.atTime(22, 0).atZone(zone),
                saturday.plusDays(1).atTime(2, 0).atZone(zone)));
        ChangeView approved = approve(changes, queries, firmware.id(), Likelihood.UNLIKELY,
                "The vendor's release notes and our test server ran it for two weeks");
        ChangeView scheduled = changes.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, approved.id(), null,
                approved.window().start(), approved.window().end(), null));
        LocalDate tuesday = saturday.plusDays(3);
        ChangeView patch = changes.raise(raising(HIS_DATABASE_PATCH,
                "The database vendor's quarterly security patch for the HIS database servers",
                "Patch the standby, switch over, patch the former primary, switch back",
                "Switch back to the unpatched server and restore its snapshot",
                "Register a test patient and print a receipt at a registration window",
                estate.id(DemoCmdb.HIS_DATABASE_SERVERS.get(0)), tuesday.atTime(22, 0).atZone(zone),
                tuesday.atTime(23, 30).atZone(zone)));
        changes.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, patch.id(), null));
        changes.handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, patch.id(), null, Likelihood.POSSIBLE,
                "A switch-over under load has failed once before"));
        ChangeView awaiting = changes.handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, patch.id(), null,
                null));
        return ImmutableList.of(scheduled, awaiting);
    }

    /** The Saturday after {@code now}'s date in {@code zone} (a week on, when today is Saturday). */
    public static LocalDate nextSaturday(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(checkNotNull(now, "now"), checkNotNull(zone, "zone"))
                .with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    }

    private static RaiseChange raising(String summary, String description, String implementation, String backout,
                                       String test, CiId touched, ZonedDateTime start, ZonedDateTime end) {
        return new RaiseChange(SPECIALIST_HUANG, ChangeModel.NORMAL, null, summary, description, implementation,
                backout, test, Set.of(touched), start.toInstant(), end.toInstant(), ExpectedOutage.Kind.WHOLE_WINDOW,
                null, HIS_SUPPORT, CHANGE_MANAGER_LIN.staffId());
    }

    /** Submitted, assessed, before its board, and approved by each member in turn until the board decides. */
    private static ChangeView approve(ChangeUseCase changes, ChangeQueries queries, ChangeId id,
                                      Likelihood likelihood, String reason) {
        changes.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null));
        changes.handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, null, likelihood, reason));
        ChangeView view = changes.handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null, null));
        for (StaffId member : view.state().approval().orElseThrow().board().members().keySet()) {
            if (view.status() != ChangeStatus.AWAITING_APPROVAL) {
                break;
            }
            view = changes.handle(new ChangeCommand.CastVote(member(member), id, null, Vote.Choice.APPROVE,
                    "Agreed 同意"));
        }
        return view;
    }

    private static Actor member(StaffId member) {
        for (Actor actor : PEOPLE) {
            if (actor.staffId().equals(member)) {
                return actor;
            }
        }
        throw new IllegalArgumentException("no demo board member " + member);
    }
}
