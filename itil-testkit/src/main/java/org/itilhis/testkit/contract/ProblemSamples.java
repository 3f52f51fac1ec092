package org.itilhis.testkit.contract;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemDetails;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.testkit.DemoHospital;

/**
 * Problems for the contracts: the outpatient registration's expired client certificates,
 * brought by the workflow's own steps into each state, with texts in Chinese (one character
 * outside the Basic Multilingual Plane) and instants with microseconds.
 */
final class ProblemSamples {
    static final Instant LOGGED_AT = Instant.parse("2026-03-02T01:02:03.123456Z");
    static final StaffId MANAGER = DemoHospital.PROBLEM_MANAGER_ZHAO.staffId();
    static final StaffId SPECIALIST = DemoHospital.SPECIALIST_HUANG.staffId();
    static final TicketId INCIDENT = new TicketId(new UUID(0xAL, 1));
    static final CiId CI = new CiId(new UUID(0xC1L, 1));

    private ProblemSamples() {
    }

    /** How far along the workflow a sample problem is. */
    enum Stage {
        LOGGED, UNDER_INVESTIGATION, ROOT_CAUSE_KNOWN, KNOWN_ERROR_USED_TWICE, RESOLVED, CLOSED, REOPENED, CANCELLED
    }

    static Problem logged(ProblemId id, ProblemNumber number, GroupId group, String summary) {
        return Problem.log(id, number, ProblemDetails.of(summary, "门诊挂号工作站报“证书无效”，𠀀 号段", CategoryCode.of(
                        "his.outpatient")),
                PriorityPolicy.hospitalDefault().assess(new PriorityFactors(Impact.ONE_DEPARTMENT,
                        Urgency.DEGRADED, ServiceCriticality.CLINICAL_CRITICAL, false)),
                MANAGER, group, ImmutableSet.of(CI), MANAGER, LOGGED_AT);
    }

    /** A problem of the HIS support group at {@code stage}, with one incident linked. */
    static Problem at(Stage stage, ProblemId id, ProblemNumber number) {
        Problem problem = logged(id, number, DemoHospital.HIS_SUPPORT, "门诊挂号客户端证书过期");
        problem.linkIncident(INCIDENT, MANAGER, tick(1));
        if (stage == Stage.LOGGED) {
            return problem;
        }
        if (stage == Stage.CANCELLED) {
            problem.cancel("与 PRB-2026-000001 重复", MANAGER, tick(2));
            return problem;
        }
        problem.investigate(SPECIALIST, tick(2));
        problem.addAnalysisStep("为什么挂号失败？", "客户端证书已过期", SPECIALIST, tick(3));
        if (stage == Stage.UNDER_INVESTIGATION) {
            return problem;
        }
        problem.identifyRootCause(CauseCategory.CONFIGURATION, "证书有效期一年，无人续期", SPECIALIST, tick(4));
        if (stage == Stage.ROOT_CAUSE_KNOWN) {
            return problem;
        }
        problem.recordWorkaround("手工导入新证书后重启客户端", SPECIALIST, tick(5));
        problem.publishKnownError(MANAGER, tick(6));
        problem.applyWorkaround(DeskCase.ticket(INCIDENT), DemoHospital.AGENT_CHEN.staffId(), tick(7));
        problem.applyWorkaround(DeskCase.ticket(new TicketId(new UUID(0xAL, 2))), DemoHospital.AGENT_CHEN.staffId(),
                tick(8));
        if (stage == Stage.KNOWN_ERROR_USED_TWICE) {
            return problem;
        }
        problem.recordPermanentFix("证书自动续期并提前 30 天告警", SPECIALIST, tick(9));
        problem.resolve("已部署自动续期", MANAGER, tick(10));
        if (stage == Stage.CLOSED) {
            problem.close(MANAGER, tick(11));
        } else if (stage == Stage.REOPENED) {
            problem.reopen("又有工作站证书过期", MANAGER, tick(11));
        }
        return problem;
    }

    static Instant tick(int seconds) {
        return LOGGED_AT.plusSeconds(seconds);
    }
}
