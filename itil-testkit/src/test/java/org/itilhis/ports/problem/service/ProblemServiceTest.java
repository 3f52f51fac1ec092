package org.itilhis.ports.problem.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.IncidentAlreadyLinkedException;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.workflow.WorkflowException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.problem.in.IncidentNotLinkableException;
import org.itilhis.ports.problem.in.LogProblem;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.junit.jupiter.api.Test;

/**
 * Problem management's commands on the demo hospital: the expired client certificates of the
 * outpatient registration, worked by problem manager Zhao and specialist Huang, with the desk's
 * incidents linked. Every refusal leaves the problems, the tickets and the event log as they were.
 */
class ProblemServiceTest {
    private static final Actor PM = PROBLEM_MANAGER_ZHAO;

    private final ProblemDesk desk = new ProblemDesk();

    // ---- logging ----------------------------------------------------------------------------------

    @Test
    void loggingNumbersTheProblemAssessesItsPriorityAndLinksEachIncidentByAnEventOfItsOwn() {
        TicketView first = desk.incident();
        TicketView second = desk.incident();

        ProblemView logged = desk.log(first.id(), second.id());

        assertThat(logged.number().toString()).isEqualTo("PRB-2026-000001");
        assertThat(logged.status()).isEqualTo(ProblemStatus.LOGGED);
        assertThat(logged.priority()).isEqualTo(Priority.P2);
        assertThat(logged.summary().linkedIncidents()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(desk.logTypes()).endsWith("problem.logged", "problem.incident-linked", "problem.incident-linked");
        assertThat(desk.hospital.desk.problemStore.find(logged.id())).isPresent();
    }

    @Test
    void loggingNeedsTheRightAKnownGroupAndLinkableIncidents() {
        TicketView incident = desk.incident();
        ProblemDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.hospital.desk.problems.problems().log(desk.logging(AGENT_CHEN, Set.of())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> desk.hospital.desk.problems.problems().log(desk.logging(CLERK_LI, Set.of())))
                .isInstanceOf(NotPermittedException.class);
        cancel(incident);
        ProblemDesk.Picture cancelled = desk.picture();
        assertThatThrownBy(() -> desk.log(incident.id())).isInstanceOfSatisfying(IncidentNotLinkableException.class,
                e -> assertThat(e.code()).isEqualTo("problem.incident-ended"));
        assertThat(desk.picture()).isEqualTo(cancelled);
        assertThat(before.problems()).isEmpty();
    }

    @Test
    void aBlankSummaryOrAnUnknownImpactIsRefusedNamingTheField() {
        LogProblem blank = desk.logging(PM, Set.of());
        LogProblem withBlankSummary = new LogProblem(PM, " ", blank.description(),
                blank.category(), "NOT_A_LEVEL", blank.urgency(), ServiceCriticality.GENERAL, blank.manager(),
                blank.group(), null, null);

        assertThatThrownBy(() -> desk.hospital.desk.problems.problems().log(withBlankSummary))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).contains("summary"));
        assertThat(desk.events()).isEmpty();
    }

    // ---- the workflow -----------------------------------------------------------------------------

    @Test
    void theWholeWorkflowFromInvestigationToClosureRecordsOneEventAStep() {
        ProblemId id = desk.log().id();

        desk.handle(new ProblemCommand.Investigate(SPECIALIST_HUANG, id, null));
        desk.handle(new ProblemCommand.AddAnalysisStep(SPECIALIST_HUANG, id, null, "为什么挂号失败？", "客户端证书已过期"));
        desk.handle(new ProblemCommand.IdentifyRootCause(SPECIALIST_HUANG, id, null, CauseCategory.CONFIGURATION,
                "证书有效期一年，无人续期"));
        desk.handle(new ProblemCommand.RecordWorkaround(SPECIALIST_HUANG, id, null, "手工导入新证书"));
        ProblemView known = desk.handle(new ProblemCommand.PublishKnownError(PM, id, null));
        desk.handle(new ProblemCommand.RecordPermanentFix(SPECIALIST_HUANG, id, null, "证书自动续期"));
        desk.handle(new ProblemCommand.Resolve(PM, id, null, "已部署自动续期", false));
        ProblemView closed = desk.handle(new ProblemCommand.Close(PM, id, 8L));

        assertThat(known.publishedWorkaround()).contains("手工导入新证书");
        assertThat(closed.status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(closed.summary().resolution()).contains("已部署自动续期");
        assertThat(closed.analysis().orElseThrow().steps()).hasSize(1);
        assertThat(desk.logTypes()).containsExactly("problem.logged", "problem.investigation-started",
                "problem.analysis-step-added", "problem.root-cause-identified", "problem.workaround-recorded",
                "problem.known-error-published", "problem.permanent-fix-recorded", "problem.resolved",
                "problem.closed");
    }

    @Test
    void aReopenedProblemIsUnderInvestigationAgainAndACancelledOneStaysSo() {
        ProblemId id = desk.knownError().id();
        desk.handle(new ProblemCommand.RecordPermanentFix(PM, id, null, "证书自动续期"));
        desk.handle(new ProblemCommand.Resolve(PM, id, null, "已部署", false));

        ProblemView reopened = desk.handle(new ProblemCommand.Reopen(PM, id, null, "又有证书过期"));
        ProblemView cancelled = desk.handle(new ProblemCommand.Cancel(PM, id, null, "与 PRB-2026-000002 合并"));

        assertThat(reopened.status()).isEqualTo(ProblemStatus.UNDER_INVESTIGATION);
        assertThat(cancelled.status()).isEqualTo(ProblemStatus.CANCELLED);
        refusedChangingNothing(() -> desk.handle(new ProblemCommand.Investigate(PM, id, null)),
                WorkflowException.class);
    }

    // ---- resolving with the linked incidents ---------------------------------------------------------

    @Test
    void resolvingWithTheLinkedIncidentsResolvesEachInProgressWithItsOwnEventAfterTheProblems() {
        TicketView first = desk.incidentInProgress();
        TicketView second = desk.incidentInProgress();
        TicketView notStarted = desk.incident();
        ProblemId id = desk.knownError(first.id(), second.id(), notStarted.id()).id();
        desk.handle(new ProblemCommand.RecordPermanentFix(PM, id, null, "证书自动续期"));
        int before = desk.events().size();

        ProblemView resolved = desk.handle(new ProblemCommand.Resolve(PM, id, null, "已部署自动续期", true));

        assertThat(resolved.status()).isEqualTo(ProblemStatus.RESOLVED);
        List<DomainEvent> events = desk.events().subList(before, desk.events().size());
        assertThat(events.get(0)).isInstanceOf(ProblemEvent.Resolved.class);
        assertThat(events.subList(1, events.size())).allSatisfy(event -> {
            assertThat(event).isInstanceOf(TicketEvent.Resolved.class);
            assertThat(event.actor()).isEqualTo(PM.staffId());
        }).extracting(DomainEvent::aggregateId).containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
        assertThat(desk.hospital.stored(first.id()).status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(desk.hospital.stored(first.id()).resolution().orElseThrow().code()).isEqualTo(ResolutionCode.FIXED);
        assertThat(desk.hospital.stored(second.id()).status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(desk.hospital.stored(notStarted.id()).status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void resolvingWithoutTheLinkedIncidentsLeavesThemAsTheyAre() {
        TicketView incident = desk.incidentInProgress();
        ProblemId id = desk.knownError(incident.id()).id();
        desk.handle(new ProblemCommand.RecordPermanentFix(PM, id, null, "证书自动续期"));

        desk.handle(new ProblemCommand.Resolve(PM, id, null, "已部署", false));

        assertThat(desk.hospital.stored(incident.id()).status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void aRefusedResolutionResolvesNoIncident() {
        TicketView incident = desk.incidentInProgress();
        ProblemId id = desk.knownError(incident.id()).id();

        refusedChangingNothing(() -> desk.handle(new ProblemCommand.Resolve(PM, id, null, "未记录永久修复", true)),
                WorkflowException.class);
        assertThat(desk.hospital.stored(incident.id()).status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    // ---- links -------------------------------------------------------------------------------------

    @Test
    void linkingACancelledIncidentOrAServiceRequestIsRefusedWithItsReason() {
        ProblemId id = desk.log().id();
        TicketView cancelled = desk.incident();
        cancel(cancelled);

        refusedChangingNothing(() -> desk.handle(new ProblemCommand.LinkIncident(PM, id, null, cancelled.id())),
                IncidentNotLinkableException.class);
        assertThatThrownBy(() -> desk.handle(new ProblemCommand.LinkIncident(PM, id, null, cancelled.id())))
                .hasMessageContaining(cancelled.number().toString()).hasMessageContaining("CANCELLED");
    }

    @Test
    void linkingAnIncidentTheActorMayNotSeeAnswersNotFound() {
        ProblemId id = desk.log().id();
        TicketView desktopsIncident = desk.incident();

        refusedChangingNothing(() -> desk.handle(new ProblemCommand.LinkIncident(SPECIALIST_HUANG, id, null,
                desktopsIncident.id())), TicketNotFoundException.class);
        refusedChangingNothing(() -> desk.handle(new ProblemCommand.LinkIncident(PM, id, null,
                new TicketId(new UUID(1, 1)))), TicketNotFoundException.class);
    }

    @Test
    void anIncidentIsLinkedOnceUnlinkedAndLinkedAgainAndTheProblemShowsFromTheIncident() {
        TicketView incident = desk.incident();
        ProblemId id = desk.log().id();

        desk.handle(new ProblemCommand.LinkIncident(AGENT_CHEN, id, null, incident.id()));
        refusedChangingNothing(() -> desk.handle(new ProblemCommand.LinkIncident(PM, id, null, incident.id())),
                IncidentAlreadyLinkedException.class);
        assertThat(desk.hospital.desk.problems.queries().problemsOf(AGENT_CHEN, incident.id()))
                .extracting(ProblemView::id).containsExactly(id);

        desk.handle(new ProblemCommand.UnlinkIncident(PM, id, null, incident.id()));
        assertThat(desk.hospital.desk.problems.queries().problemsOf(AGENT_CHEN, incident.id())).isEmpty();
        assertThat(desk.handle(new ProblemCommand.LinkIncident(PM, id, null, incident.id())).summary()
                .linkedIncidents()).containsExactly(incident.id());
    }

    // ---- affected items, owners, priority ---------------------------------------------------------------

    @Test
    void anAffectedItemMustBeInTheCmdb() {
        ProblemId id = desk.log().id();
        CiId server = desk.registeredCi();

        refusedChangingNothing(() -> desk.handle(new ProblemCommand.AddAffectedCi(PM, id, null,
                new CiId(new UUID(9, 9)))), CiNotFoundException.class);
        assertThat(desk.handle(new ProblemCommand.AddAffectedCi(SPECIALIST_HUANG, id, null, server)).summary()
                .affectedCis()).containsExactly(server);
        assertThat(desk.handle(new ProblemCommand.RemoveAffectedCi(PM, id, null, server)).summary().affectedCis())
                .isEmpty();
    }

    @Test
    void reassigningNeedsAKnownGroupAndReprioritisingReassessesByThePolicy() {
        ProblemId id = desk.log().id();

        refusedChangingNothing(() -> desk.handle(new ProblemCommand.Reassign(PM, id, null, PM.staffId(),
                GroupId.of("no-such-group"))), AssignmentRefusedException.class);
        ProblemView reassigned = desk.handle(new ProblemCommand.Reassign(PM, id, null, StaffId.of("PM002"), NETWORK));
        ProblemView reprioritised = desk.handle(new ProblemCommand.Reprioritise(PM, id, null, "WHOLE_HOSPITAL",
                "PATIENT_CARE_STOPPED", ServiceCriticality.CLINICAL_CRITICAL, "all registration desks"));

        assertThat(reassigned.summary().group()).isEqualTo(NETWORK);
        assertThat(reprioritised.priority()).isEqualTo(Priority.P1);
    }

    // ---- refusals --------------------------------------------------------------------------------------

    @Test
    void aCommandWithoutTheRightAStaleVersionOrABlankFieldChangesNothing() {
        ProblemId id = desk.log().id();

        refusedChangingNothing(() -> desk.handle(new ProblemCommand.Investigate(AGENT_CHEN, id, null)),
                NotPermittedException.class);
        refusedChangingNothing(() -> desk.handle(new ProblemCommand.Cancel(SPECIALIST_HUANG, id, null, "不需要")),
                NotPermittedException.class);
        refusedChangingNothing(() -> desk.handle(new ProblemCommand.Investigate(PM, id, 7L)),
                VersionConflictException.class);
        refusedChangingNothing(() -> desk.handle(new ProblemCommand.Cancel(PM, id, null, "  ")),
                InvalidCommandException.class);
        refusedChangingNothing(() -> desk.handle(new ProblemCommand.PublishKnownError(PM, id, null)),
                WorkflowException.class);
    }

    @Test
    void aProblemOutsideTheActorsSightIsNotFoundForCommandsAndQueries() {
        ProblemId id = desk.log().id();
        TicketView clerksIncident = desk.incident();

        refusedChangingNothing(() -> desk.handle(new ProblemCommand.LinkIncident(CLERK_LI, id, null,
                clerksIncident.id())), ProblemNotFoundException.class);
        assertThatThrownBy(() -> desk.hospital.desk.problems.queries().problem(CLERK_LI, id))
                .isInstanceOf(ProblemNotFoundException.class);
        assertThat(desk.hospital.desk.problems.queries().search(CLERK_LI,
                ProblemSearch.all(10))).isEmpty();
    }

    /** Runs {@code command}, expects {@code refusal}, and checks problems, tickets and the event log are unchanged. */
    private void refusedChangingNothing(Supplier<?> command, Class<? extends Throwable> refusal) {
        ProblemDesk.Picture before = desk.picture();
        assertThatThrownBy(command::get).isInstanceOf(refusal);
        assertThat(desk.picture()).isEqualTo(before);
    }

    private void cancel(TicketView incident) {
        desk.hospital.handle(new TicketCommand.Cancel(AGENT_CHEN, incident.id(), null, "logged twice"));
    }
}
