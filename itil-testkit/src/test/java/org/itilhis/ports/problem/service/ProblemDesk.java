package org.itilhis.ports.problem.service;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemSnapshot;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.problem.in.LogProblem;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;

/**
 * The demo hospital's desk with problem management: incidents raised and worked through the
 * desk's use cases, problems logged and worked through the problem use case, and a picture of
 * everything a refused command must leave as it was.
 */
final class ProblemDesk {
    final Hospital hospital = new Hospital();

    /** An incident of the outpatient registration, raised by the desk into desktop support's queue (NEW). */
    TicketView incident() {
        return hospital.raiseFor(DemoHospital.CLERK_LI, "his", "ONE_DEPARTMENT", "DEGRADED", 1);
    }

    /** An incident assigned to, accepted and started by engineer Liu: resolvable. */
    TicketView incidentInProgress() {
        TicketView raised = incident();
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, raised.id(), null, DESKTOP, ENGINEER_LIU.staffId()));
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, raised.id(), null));
        return hospital.handle(new TicketCommand.Start(ENGINEER_LIU, raised.id(), null));
    }

    LogProblem logging(Actor actor, Set<TicketId> incidents) {
        return new LogProblem(actor, "门诊挂号客户端证书过期", "Registration workstations report an invalid certificate",
                "his.outpatient", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL,
                PROBLEM_MANAGER_ZHAO.staffId(), HIS_SUPPORT, Set.of(), incidents);
    }

    /** Problem manager Zhao logs the problem of the HIS support group with {@code incidents} linked. */
    ProblemView log(TicketId... incidents) {
        return hospital.desk.problems.problems().log(logging(PROBLEM_MANAGER_ZHAO, Set.of(incidents)));
    }

    ProblemView handle(ProblemCommand command) {
        return hospital.desk.problems.problems().handle(command);
    }

    /** The problem brought by the workflow's steps to a known error with a workaround. */
    ProblemView knownError(TicketId... incidents) {
        ProblemId id = log(incidents).id();
        Actor pm = PROBLEM_MANAGER_ZHAO;
        handle(new ProblemCommand.Investigate(pm, id, null));
        handle(new ProblemCommand.IdentifyRootCause(pm, id, null, CauseCategory.CONFIGURATION,
                "证书有效期一年，无人续期"));
        handle(new ProblemCommand.RecordWorkaround(pm, id, null, "手工导入新证书后重启挂号客户端"));
        return handle(new ProblemCommand.PublishKnownError(pm, id, null));
    }

    CiId registeredCi() {
        return hospital.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "server",
                new CiData("SRV-1", "HIS application server 1", null, "Main campus", "Building 7", "B1",
                        "Server room 1", "it", "his-second-line", ServiceCriticality.CLINICAL_CRITICAL, "Huawei", null,
                        Map.of("hostname", "his-app-01", "ipAddress", "10.1.20.11")), CiStatus.IN_USE)).item().id();
    }

    List<DomainEvent> events() {
        return hospital.log();
    }

    List<String> logTypes() {
        return hospital.logTypes();
    }

    /** Everything a refused command must leave as it was: the problems, the tickets and the event log. */
    Picture picture() {
        return new Picture(hospital.desk.problemStore.snapshots(), hospital.desk.tickets.snapshots(), events());
    }

    record Picture(Map<ProblemId, ProblemSnapshot> problems, Map<TicketId, TicketSnapshot> tickets,
                   List<DomainEvent> events) {
    }
}
