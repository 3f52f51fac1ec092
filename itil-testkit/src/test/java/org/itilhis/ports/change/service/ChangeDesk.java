package org.itilhis.ports.change.service;

import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeSnapshot;
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
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.RaiseChange;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoCmdb;

/**
 * The demo hospital's desk and CMDB with change management configured as issue 16 tells it:
 * the CAB (change manager Lin, director Gao, HIS lead Wu, head nurse Han for the wards), the
 * emergency CAB (Gao, Lin, Han), the ward printer template, and the HIS outpatient blackout
 * (Monday to Friday 07:30 to 12:00 on outpatient registration). The clock starts on Monday 2
 * March 2026, 08:00 in Shanghai; windows are given in local time.
 */
final class ChangeDesk {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PRINTER_SWAP = "ward-printer-swap";

    final Hospital hospital = new Hospital();
    final DemoCmdb.Estate estate = DemoCmdb.loadInto(hospital.desk.cmdb, CONFIG_MANAGER_QIAN);

    ChangeDesk() {
        var configuration = hospital.desk.changes.configuration();
        configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN,
                ChangeSettings.CAB, "Change advisory board 变更咨询委员会", false, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        LEAD_WU.staffId(), Set.of(CabRole.GROUP_LEAD),
                        HEAD_NURSE_HAN.staffId(), Set.of(CabRole.CLINICAL_REPRESENTATIVE))));
        configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN,
                ChangeSettings.ECAB, "Emergency CAB 紧急变更咨询委员会", true, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        HEAD_NURSE_HAN.staffId(), Set.of(CabRole.CLINICAL_REPRESENTATIVE))));
        configuration.defineTemplate(new ChangeConfigurationCommand.DefineTemplate(CHANGE_MANAGER_LIN, PRINTER_SWAP,
                "Swap a ward printer 更换病区打印机", Set.of("printer"), Set.of(),
                List.of(WeeklyWindow.weekdays(LocalTime.of(14, 0), LocalTime.of(17, 0))), RiskLevel.LOW));
        configuration.defineWindow(new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN,
                ChangeWindowId.of("his-outpatient-peak"), "HIS outpatient peak 门诊高峰", WindowKind.BLACKOUT,
                Set.of(estate.outpatientRegistration()), new ChangeWindow.Timing.Weekly(
                        WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0))), null, null));
    }

    /** {@code local} in Shanghai, as an instant. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /** Moves the clock on to {@code local} Shanghai time. */
    void advanceTo(String local) {
        hospital.desk.clock.advance(Duration.between(hospital.desk.clock.instant(), at(local)));
    }

    CiId printer() {
        return estate.id(estate.byAssetTag().keySet().stream().filter(tag -> tag.startsWith("PRN-")).findFirst()
                .orElseThrow());
    }

    CiId hisServer(int n) {
        return estate.hisCluster().get(n - 1);
    }

    CiId pacsServer(int n) {
        return estate.id(DemoCmdb.PACS_SERVERS.get(n - 1));
    }

    RaiseChange raising(Actor actor, ChangeModel model, String template, Set<CiId> touched, String from, String to,
                        GroupId group) {
        return new RaiseChange(actor, model, template, "Patch the HIS application server 修补HIS应用服务器",
                "Apply the vendor's security patch", "Stop the node, patch, restart",
                "Restore the VM snapshot taken before", "Log in as a registration clerk and register a test patient",
                touched, at(from), at(to), ExpectedOutage.Kind.WHOLE_WINDOW, null, group,
                CHANGE_MANAGER_LIN.staffId());
    }

    /** Specialist Huang raises a change of HIS support on {@code touched}, from {@code from} to {@code to} local time. */
    ChangeView raise(ChangeModel model, Set<CiId> touched, String from, String to) {
        return hospital.desk.changes.changes().raise(raising(SPECIALIST_HUANG, model, null, touched, from, to,
                HIS_SUPPORT));
    }

    ChangeView handle(ChangeCommand command) {
        return hospital.desk.changes.changes().handle(command);
    }

    /** Submitted, assessed (possible) and before its board. */
    ChangeView beforeTheBoard(ChangeId id) {
        handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null));
        handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, null, Likelihood.POSSIBLE, "New patch, tested on one node"));
        return handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null, null));
    }

    /** Every member of the board the change is before approves, one after the other, until the board decides. */
    ChangeView approvedByItsBoard(ChangeId id) {
        ChangeView view = hospital.desk.changes.queries().change(CHANGE_MANAGER_LIN, id);
        for (StaffId member : view.state().approval().orElseThrow().board().members().keySet()) {
            if (view.status() != ChangeStatus.AWAITING_APPROVAL) {
                break;
            }
            view = handle(new ChangeCommand.CastVote(actor(member), id, null, Vote.Choice.APPROVE, "agreed"));
        }
        return view;
    }

    /** Raised by Huang, approved by the board its risk needs. */
    ChangeView approved(ChangeModel model, Set<CiId> touched, String from, String to) {
        ChangeId id = raise(model, touched, from, to).id();
        beforeTheBoard(id);
        return approvedByItsBoard(id);
    }

    /** Raised, approved and scheduled in its own window. */
    ChangeView scheduled(ChangeModel model, Set<CiId> touched, String from, String to) {
        ChangeView approved = approved(model, touched, from, to);
        return handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, approved.id(), null, at(from), at(to), null));
    }

    static Actor actor(StaffId member) {
        for (Actor actor : List.of(CHANGE_MANAGER_LIN, DIRECTOR_GAO, LEAD_WU, HEAD_NURSE_HAN)) {
            if (actor.staffId().equals(member)) {
                return actor;
            }
        }
        throw new IllegalArgumentException("no demo actor " + member);
    }

    List<DomainEvent> events() {
        return hospital.log();
    }

    List<String> changeEventTypes(ChangeId id) {
        return events().stream().filter(e -> e.aggregateId().equals(id.toString())).map(DomainEvent::type).toList();
    }

    /** Everything a refused command must leave as it was: the changes and the event log. */
    Picture picture() {
        return new Picture(hospital.desk.changeStore.snapshots(), events());
    }

    record Picture(Map<ChangeId, ChangeSnapshot> changes, List<DomainEvent> events) {
    }

}
