package org.itilhis.ports.problem.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.util.UUID;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.workflow.WorkflowException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.in.ResolveWithKnownError;
import org.itilhis.ports.servicedesk.in.ContactNotFoundException;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.junit.jupiter.api.Test;

/**
 * The desk applies a known error's workaround: each application, to a contact solved at first
 * contact or to a ticket, is one use the problem counts; resolving a call at first contact with
 * a known error does both steps in one transaction.
 */
class KnownErrorAtTheDeskTest {
    private final ProblemDesk desk = new ProblemDesk();

    @Test
    void eachApplicationAtFirstContactOrOnATicketCountsOneUse() {
        ProblemId id = desk.knownError().id();
        ContactView call = desk.hospital.call(CLERK_LI, OUTPATIENT, OUTPATIENT_HALL, "挂号系统提示证书无效");
        TicketView incident = desk.incident();

        desk.handle(new ProblemCommand.ApplyWorkaround(AGENT_CHEN, id, null, DeskCase.contact(call.id())));
        ProblemView applied = desk.handle(new ProblemCommand.ApplyWorkaround(ENGINEER_LIU, id, null,
                DeskCase.ticket(incident.id())));

        assertThat(applied.summary().timesUsed()).isEqualTo(2);
        assertThat(desk.logTypes()).endsWith("problem.workaround-applied", "problem.workaround-applied");
    }

    @Test
    void aWorkaroundIsAppliedOnlyFromAPublishedKnownErrorToAContactThatExistsByTheDeskOrEngineers() {
        ProblemId logged = desk.log().id();
        ProblemId known = desk.knownError().id();
        TicketView incident = desk.incident();
        ProblemDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ProblemCommand.ApplyWorkaround(AGENT_CHEN, logged, null,
                DeskCase.ticket(incident.id())))).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> desk.handle(new ProblemCommand.ApplyWorkaround(AGENT_CHEN, known, null,
                DeskCase.contact(new ContactId(new UUID(5, 5)))))).isInstanceOf(ContactNotFoundException.class);
        assertThatThrownBy(() -> desk.handle(new ProblemCommand.ApplyWorkaround(PROBLEM_MANAGER_ZHAO, known, null,
                DeskCase.ticket(incident.id())))).isInstanceOf(NotPermittedException.class);
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void resolvingACallAtFirstContactWithAKnownErrorResolvesTheContactAndCountsTheUseInOneTransaction() {
        ProblemView known = desk.knownError();
        ContactView call = desk.hospital.call(CLERK_LI, OUTPATIENT, OUTPATIENT_HALL, "挂号系统提示证书无效");

        ContactView resolved = desk.hospital.desk.problems.problems().resolveAtFirstContact(
                new ResolveWithKnownError(AGENT_CHEN, call.id(), known.id(), "按已知错误导入新证书，已恢复"));

        assertThat(resolved.status()).isEqualTo(ContactStatus.RESOLVED_AT_FIRST_CONTACT);
        assertThat(resolved.outcome()).isInstanceOfSatisfying(ContactOutcome.ResolvedAtFirstContact.class, outcome -> {
            assertThat(outcome.resolution().code()).isEqualTo(ResolutionCode.WORKAROUND);
            assertThat(outcome.resolution().note()).startsWith(known.number() + ": ");
        });
        assertThat(desk.hospital.desk.problems.queries().problem(AGENT_CHEN, known.id()).summary().timesUsed())
                .isEqualTo(1);
        assertThat(desk.logTypes()).last().isNotEqualTo("problem.workaround-applied");
        assertThat(desk.logTypes()).contains("problem.workaround-applied");
    }

    @Test
    void aProblemNotYetAKnownErrorOrAnActorWithoutTheRightLeavesTheCallOpenAndTheCountUnchanged() {
        ProblemId logged = desk.log().id();
        ProblemId known = desk.knownError().id();
        ContactView call = desk.hospital.call(CLERK_LI, OUTPATIENT, OUTPATIENT_HALL, "挂号系统提示证书无效");
        ProblemDesk.Picture before = desk.picture();
        ProblemUseCase problems = desk.hospital.desk.problems.problems();

        assertThatThrownBy(() -> problems.resolveAtFirstContact(new ResolveWithKnownError(AGENT_CHEN, call.id(),
                logged, "试一试"))).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> problems.resolveAtFirstContact(new ResolveWithKnownError(ENGINEER_LIU, call.id(),
                known, "工程师不在服务台"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> problems.resolveAtFirstContact(new ResolveWithKnownError(AGENT_CHEN, call.id(),
                known, " "))).isInstanceOf(InvalidCommandException.class);

        assertThat(desk.picture()).isEqualTo(before);
        assertThat(desk.hospital.desk.contacts.find(call.id()).orElseThrow().status()).isEqualTo(ContactStatus.OPEN);
    }
}
