package org.itilhis.core.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;

/**
 * The outpatient registration's expired HIS client certificates as a problem, brought into
 * any state by its workflow's own steps, at a clock that moves a minute per step.
 */
final class ProblemFixture {
    static final StaffId MANAGER_ZHAO = StaffId.of("PM0001");
    static final StaffId ENGINEER_LIU = StaffId.of("E2001");
    static final StaffId AGENT_CHEN = StaffId.of("A1001");
    static final GroupId HIS_SUPPORT = GroupId.of("his-support");
    static final GroupId DESKTOP = GroupId.of("desktop");
    static final CiId REGISTRATION_CLIENT = new CiId(new UUID(7, 1));
    static final CiId REGISTRATION_SERVER = new CiId(new UUID(7, 2));
    static final TicketId INCIDENT_1 = new TicketId(new UUID(9, 1));
    static final TicketId INCIDENT_2 = new TicketId(new UUID(9, 2));
    static final PriorityAssessment P2 = PriorityPolicy.hospitalDefault().assess(
            new PriorityFactors(Impact.ONE_DEPARTMENT, Urgency.DEGRADED, ServiceCriticality.CLINICAL_CRITICAL, false));
    static final ProblemDetails DETAILS = ProblemDetails.of("Registration terminals refuse the HIS login",
            "Every few weeks the outpatient registration terminals cannot log in to the HIS.",
            CategoryCode.of("his.outpatient-registration"));

    private Instant now = Instant.parse("2026-03-02T08:00:00Z");
    private long sequence;

    Instant tick() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    Problem logged() {
        sequence++;
        return Problem.log(new ProblemId(new UUID(1, sequence)), ProblemNumber.of(2026, sequence), DETAILS, P2,
                MANAGER_ZHAO, HIS_SUPPORT, List.of(REGISTRATION_CLIENT), MANAGER_ZHAO, tick());
    }

    /** A problem in {@code status}, reached by the workflow's steps; its events are pulled. */
    Problem in(ProblemStatus status) {
        Problem p = logged();
        switch (status) {
            case LOGGED -> { }
            case UNDER_INVESTIGATION -> investigating(p);
            case ROOT_CAUSE_KNOWN -> causeKnown(p);
            case KNOWN_ERROR -> knownError(p);
            case RESOLVED -> resolved(p);
            case CLOSED -> {
                resolved(p);
                p.close(MANAGER_ZHAO, tick());
            }
            case CANCELLED -> p.cancel("a duplicate of PRB-2026-000001", MANAGER_ZHAO, tick());
        }
        p.pullEvents();
        return p;
    }

    private void investigating(Problem p) {
        p.investigate(ENGINEER_LIU, tick());
    }

    private void causeKnown(Problem p) {
        investigating(p);
        p.identifyRootCause(CauseCategory.CONFIGURATION, "the client certificates expire after a year, unrenewed",
                ENGINEER_LIU, tick());
    }

    private void knownError(Problem p) {
        causeKnown(p);
        p.recordWorkaround("re-issue the terminal's certificate from the HIS console", ENGINEER_LIU, tick());
        p.publishKnownError(MANAGER_ZHAO, tick());
    }

    private void resolved(Problem p) {
        knownError(p);
        p.recordPermanentFix("renew all client certificates automatically a month before expiry", ENGINEER_LIU,
                tick());
        p.resolve("automatic renewal deployed by CHG-2026-000007", MANAGER_ZHAO, tick());
    }
}
