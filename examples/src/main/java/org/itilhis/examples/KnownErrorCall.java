package org.itilhis.examples;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.time.Duration;
import java.util.List;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.ports.problem.in.KnownErrorMatch;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.in.ResolveWithKnownError;
import org.itilhis.ports.problem.in.WithKnownErrors;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoProblems;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * Scene (e): a registration workstation's expired certificate, solved during the call with a
 * known error the problem manager published: the desk logs the call, is shown the known errors
 * that match it with why, applies the best one's workaround, and the known error counts the use.
 */
final class KnownErrorCall {
    private final InMemoryServiceDesk hospital;
    private final Narrator narrator;

    KnownErrorCall(InMemoryServiceDesk hospital, Narrator narrator) {
        this.hospital = hospital;
        this.narrator = narrator;
    }

    void play() {
        narrator.chapter("(e) A known error at the desk: the expired certificate, solved during the call");
        DemoCmdb.Estate estate = DemoCmdb.loadInto(hospital.cmdb, CONFIG_MANAGER_QIAN);
        List<ProblemView> recorded = DemoProblems.loadInto(hospital.problems.problems(), hospital.problems.queries(),
                estate);
        narrator.step(PROBLEM_MANAGER_ZHAO, "has recorded " + recorded.size() + " problems; known errors published:");
        hospital.problems.queries().knownErrors(PROBLEM_MANAGER_ZHAO, 10).forEach(known ->
                narrator.detail(known.number() + " " + known.summary().details().summary()));

        hospital.clock.advance(Duration.ofMinutes(30));
        WithKnownErrors<ContactView> call = hospital.problems.atTheDesk().logContact(new ContactCommand.Log(
                AGENT_CHEN, ContactChannel.PHONE, CLERK_LI.staffId(), OUTPATIENT, OUTPATIENT_HALL, "1102",
                "挂号窗口 3 号电脑登录 HIS 提示证书过期，病人在排队"));
        narrator.step(AGENT_CHEN, "logs a phone call from " + narrator.name(CLERK_LI.staffId()));
        narrator.contact(call.record());
        narrator.detail(call.knownErrors().size() + " known error(s) match, best first:");
        call.knownErrors().forEach(match -> narrator.detail("  " + match.number() + " " + match.title() + " (used "
                + match.timesUsed() + " times): " + String.join("; ", match.explanation())));
        KnownErrorMatch best = call.knownErrors().get(0);
        narrator.detail("workaround: " + best.workaround());

        hospital.clock.advance(Duration.ofMinutes(5));
        ContactView solved = hospital.problems.problems().resolveAtFirstContact(new ResolveWithKnownError(AGENT_CHEN,
                call.record().id(), best.problem(), "按已知错误的临时解决方案重新导入证书，挂号恢复"));
        Resolution resolution = ((ContactOutcome.ResolvedAtFirstContact) solved.outcome()).resolution();
        narrator.step(AGENT_CHEN, "applies " + best.number() + "'s workaround: contact " + solved.status());
        narrator.detail("resolution " + resolution.code() + ": " + resolution.note());
        ProblemView used = hospital.problems.queries().problem(PROBLEM_MANAGER_ZHAO, best.problem());
        narrator.detail(used.number() + " has been used " + used.summary().timesUsed() + " time(s)");
    }
}
