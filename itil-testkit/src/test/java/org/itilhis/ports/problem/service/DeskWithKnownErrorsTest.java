package org.itilhis.ports.problem.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;

import java.util.Set;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.MatchKind;
import org.itilhis.core.problem.MatchReason;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.problem.in.DeskWithKnownErrors;
import org.itilhis.ports.problem.in.KnownErrorMatch;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.in.WithKnownErrors;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * "When an agent logs a contact or raises a ticket, the use case returns the known errors that
 * match": the clerk of the outpatient registration calls because the HIS will not let her log
 * in, and the desk's answer brings the expired certificate's workaround.
 */
class DeskWithKnownErrorsTest {
    private static final String CALL = "挂号系统登录不了，提示证书过期";

    private final KnownErrorShelf shelf = new KnownErrorShelf();
    private final DeskWithKnownErrors desk = shelf.desk.hospital.desk.problems.atTheDesk();

    @Test
    void loggingTheCallAnswersTheContactWithTheKnownErrorItsWordsMatch() {
        ProblemView certificate = shelf.certificate();
        shelf.wristbandDriver();

        WithKnownErrors<ContactView> logged = desk.logContact(call(AGENT_CHEN, CALL));

        assertThat(logged.record().status()).isEqualTo(ContactStatus.OPEN);
        assertThat(logged.record().details().description()).isEqualTo(CALL);
        assertThat(logged.knownErrors()).extracting(KnownErrorMatch::number, KnownErrorMatch::workaround)
                .containsExactly(tuple(certificate.number(),
                        certificate.publishedWorkaround().orElseThrow()));
    }

    @Test
    void raisingTheTicketMatchesItsCategoryClassAndWordsBestFirst() {
        ProblemView certificate = shelf.certificate();
        ProblemView wristband = shelf.wristbandDriver();
        ContactView call = desk.logContact(call(AGENT_CHEN, CALL)).record();

        WithKnownErrors<TicketView> raised = desk.raiseTicket(raising(call, "workstation"));

        assertThat(raised.record().number()).isNotNull();
        assertThat(raised.knownErrors()).extracting(KnownErrorMatch::number).containsExactly(certificate.number());
        assertThat(raised.knownErrors().get(0).reasons()).extracting(MatchReason::kind)
                .containsExactly(MatchKind.SAME_CI_CLASS, MatchKind.SAME_CATEGORY, MatchKind.SIMILAR_TEXT);
        assertThat(raised.knownErrors()).extracting(KnownErrorMatch::number).doesNotContain(wristband.number());
    }

    @Test
    void raisingAgainstTheWorkstationPutsTheKnownErrorOnThatItemFirst() {
        ProblemView certificate = shelf.certificate();
        ProblemView otherPc = shelf.publish("挂号工作站2号硬盘告警", "", "desktop.hardware", "更换硬盘。",
                DemoHospital.DESKTOP, Set.of(shelf.otherRegistrationPc));
        ContactView call = desk.logContact(call(AGENT_CHEN, "2号挂号电脑硬盘灯一直闪")).record();

        WithKnownErrors<TicketView> raised = desk.raiseAgainst(raising(call, null), Set.of(shelf.otherRegistrationPc));

        assertThat(raised.record().details().ciClass()).contains("workstation");
        assertThat(raised.knownErrors()).extracting(KnownErrorMatch::number)
                .containsExactly(otherPc.number(), certificate.number());
        assertThat(raised.knownErrors().get(0).reasons().get(0).kind()).isEqualTo(MatchKind.SAME_CI);
    }

    @Test
    void aReporterLoggingTheirOwnCallHearsOfNoKnownError() {
        shelf.certificate();

        WithKnownErrors<ContactView> logged = desk.logContact(call(CLERK_LI, CALL));

        assertThat(logged.record().status()).isEqualTo(ContactStatus.OPEN);
        assertThat(logged.knownErrors()).isEmpty();
    }

    @Test
    void withoutTheCmdbWiredRaisingAgainstItemsIsRefusedBeforeAnythingHappens() {
        InMemoryServiceDesk hospital = shelf.desk.hospital.desk;
        DeskWithKnownErrors withoutCmdb = ProblemManagement.create(hospital.problemPorts,
                ProblemSettings.hospitalDefault(), DemoHospital.settings(), InMemoryServiceDesk.validator(),
                hospital.desk).atTheDesk();
        ContactView call = withoutCmdb.logContact(call(AGENT_CHEN, CALL)).record();

        assertThatThrownBy(() -> withoutCmdb.raiseAgainst(raising(call, null), Set.of(shelf.registrationPc)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cmdb");
        assertThat(hospital.contacts.find(call.id()).orElseThrow().status()).isEqualTo(ContactStatus.OPEN);
    }

    private static ContactCommand.Log call(Actor actor, String description) {
        return new ContactCommand.Log(actor, ContactChannel.PHONE, CLERK_LI.staffId(), OUTPATIENT, OUTPATIENT_HALL,
                "5501", description);
    }

    private static ContactCommand.RaiseTicket raising(ContactView call, String ciClass) {
        return new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(), TicketType.INCIDENT, "挂号工作站无法登录HIS",
                "his.outpatient", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, false, ciClass);
    }
}
