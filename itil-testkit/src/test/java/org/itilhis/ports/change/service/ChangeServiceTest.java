package org.itilhis.ports.change.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.change.service.ChangeDesk.PRINTER_SWAP;
import static org.itilhis.ports.change.service.ChangeDesk.at;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.change.AlreadyVotedException;
import org.itilhis.core.change.ApprovalInThePastException;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeEvent;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.InvalidChangeWindowException;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.NotACabMemberException;
import org.itilhis.core.change.OutsideTemplateException;
import org.itilhis.core.change.PostImplementationReview;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.Vote;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.ConflictKind;
import org.itilhis.core.change.schedule.ScheduleConflict;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.workflow.WorkflowException;
import org.itilhis.ports.change.in.ChangeAdvisoryBoardNotFoundException;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeNotFoundException;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.RaiseChange;
import org.itilhis.ports.change.in.ScheduleConflictsException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.junit.jupiter.api.Test;

/**
 * Change management's commands on the demo hospital: specialist Huang's patches of the HIS and
 * PACS servers, change manager Lin's CAB with director Gao, HIS lead Wu and head nurse Han, the
 * ward printer template and the HIS outpatient blackout. Every refusal leaves the changes and
 * the event log as they were.
 */
class ChangeServiceTest {
    private final ChangeDesk desk = new ChangeDesk();

    // ---- the whole life ---------------------------------------------------------------------------

    @Test
    void aNormalChangeGoesFromDraftThroughTheCabVoteToClosedWithOneEventAStep() {
        ChangeView raised = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00");
        ChangeId id = raised.id();
        assertThat(raised.number().toString()).isEqualTo("CHG-2026-000001");
        assertThat(raised.status()).isEqualTo(ChangeStatus.DRAFT);

        ChangeView before = desk.beforeTheBoard(id);
        assertThat(before.status()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
        assertThat(before.awaitedBoard()).contains(ChangeSettings.CAB);
        // a clinical-critical service reached by an outage of the whole window, possible: very high
        assertThat(before.state().risk().orElseThrow().level()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(before.state().risk().orElseThrow().explanation()).contains("rule clinical-critical-down -> SEVERE");
        assertThat(before.state().risk().orElseThrow().reachesClinicalCriticalServices()).isTrue();

        ChangeView approved = desk.approvedByItsBoard(id);
        assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
        desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, id, null, at("2026-03-04T02:00"),
                at("2026-03-04T04:00"), null));
        desk.advanceTo("2026-03-04T02:00");
        desk.handle(new ChangeCommand.Start(SPECIALIST_HUANG, id, null));
        desk.handle(new ChangeCommand.Complete(SPECIALIST_HUANG, id, null));
        desk.handle(new ChangeCommand.Review(CHANGE_MANAGER_LIN, id, null, true, Set.of(), "Patched without a hitch",
                null));
        ChangeView closed = desk.handle(new ChangeCommand.Close(CHANGE_MANAGER_LIN, id, null));

        assertThat(closed.status()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(closed.state().review()).map(PostImplementationReview::successful).contains(true);
        assertThat(desk.changeEventTypes(id)).startsWith("change.raised", "change.submitted", "change.assessed",
                "change.approval-requested", "change.vote-cast").contains("change.cab-decided")
                .endsWith("change.scheduled", "change.implementation-started", "change.implemented",
                        "change.reviewed", "change.closed");
        assertThat(desk.hospital.desk.changes.queries().history(CHANGE_MANAGER_LIN, id))
                .hasSize(desk.changeEventTypes(id).size());
    }

    // ---- standard changes -------------------------------------------------------------------------

    @Test
    void aStandardChangeFromItsTemplateIsApprovedWhenSubmittedWithoutTheCab() {
        ChangeView raised = desk.hospital.desk.changes.changes().raise(desk.raising(SPECIALIST_HUANG,
                ChangeModel.STANDARD, PRINTER_SWAP, Set.of(desk.printer()), "2026-03-03T15:00", "2026-03-03T16:00",
                HIS_SUPPORT));

        ChangeView submitted = desk.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, raised.id(), null));

        assertThat(submitted.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(submitted.state().template()).map(t -> t.code()).contains(PRINTER_SWAP);
        assertThat(desk.changeEventTypes(raised.id())).containsExactly("change.raised", "change.standard-submitted");
    }

    @Test
    void aStandardChangeOutsideItsTemplatesScopeOrWindowsIsRefusedNamingTheField() {
        ChangeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(desk.raising(SPECIALIST_HUANG,
                ChangeModel.STANDARD, PRINTER_SWAP, Set.of(desk.hisServer(1)), "2026-03-03T15:00", "2026-03-03T16:00",
                HIS_SUPPORT))).isInstanceOfSatisfying(OutsideTemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.outside-template-scope");
                    assertThat(e.getMessage()).startsWith("Field touchedCis");
                });
        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(desk.raising(SPECIALIST_HUANG,
                ChangeModel.STANDARD, PRINTER_SWAP, Set.of(desk.printer()), "2026-03-03T19:00", "2026-03-03T20:00",
                HIS_SUPPORT))).isInstanceOfSatisfying(OutsideTemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.outside-template-window");
                    assertThat(e.getMessage()).startsWith("Field window");
                });
        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(desk.raising(SPECIALIST_HUANG,
                ChangeModel.STANDARD, null, Set.of(desk.printer()), "2026-03-03T15:00", "2026-03-03T16:00",
                HIS_SUPPORT))).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("template"));
        assertThat(desk.picture()).isEqualTo(before);
    }

    // ---- the schedule -----------------------------------------------------------------------------

    @Test
    void aNormalChangeInTheHisOutpatientBlackoutIsRefusedWithTheBlackoutAndItsPathInBothLanguages() {
        ChangeView approved = desk.approved(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-03T09:00",
                "2026-03-03T10:00");
        ChangeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, approved.id(), null,
                at("2026-03-03T09:00"), at("2026-03-03T10:00"), null)))
                .isInstanceOfSatisfying(ScheduleConflictsException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.schedule-conflicts");
                    assertThat(e.conflicts()).extracting(ScheduleConflict::kind).containsExactly(ConflictKind.BLACKOUT);
                    ScheduleConflict.Blackout blackout = (ScheduleConflict.Blackout) e.conflicts().get(0);
                    assertThat(blackout.path().start()).isEqualTo(desk.hisServer(1));
                    assertThat(blackout.path().end()).isEqualTo(desk.estate.outpatientRegistration());
                    assertThat(e.getMessage()).startsWith("Field window: change " + approved.number())
                            .contains("his-outpatient-peak", desk.hisServer(1).toString(), " -> ");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("封锁窗口", "his-outpatient-peak");
                });
        assertThat(desk.picture()).isEqualTo(before);
        ChangeView outsideThePeak = desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, approved.id(), null,
                at("2026-03-03T12:30"), at("2026-03-03T13:30"), null));
        assertThat(outsideThePeak.status()).isEqualTo(ChangeStatus.SCHEDULED);
    }

    @Test
    void anEmergencyChangeOverridesTheBlackoutWithARecordedReasonAndStartsInIt() {
        ChangeView approved = desk.approved(ChangeModel.EMERGENCY, Set.of(desk.hisServer(1)), "2026-03-03T09:00",
                "2026-03-03T10:00");
        assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(approved.state().approval().orElseThrow().board().id()).isEqualTo(ChangeSettings.ECAB);

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, approved.id(), null,
                at("2026-03-03T09:00"), at("2026-03-03T10:00"), " "))).isInstanceOf(ScheduleConflictsException.class);
        ChangeView scheduled = desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, approved.id(), null,
                at("2026-03-03T09:00"), at("2026-03-03T10:00"), "Ransomware exploiting the unpatched HIS node"));
        desk.advanceTo("2026-03-03T09:00");
        ChangeView started = desk.handle(new ChangeCommand.Start(SPECIALIST_HUANG, approved.id(), null));

        assertThat(scheduled.state().conflictOverride()).contains("Ransomware exploiting the unpatched HIS node");
        assertThat(started.status()).isEqualTo(ChangeStatus.IMPLEMENTING);
        assertThat(desk.events()).filteredOn(ChangeEvent.Scheduled.class::isInstance)
                .map(e -> ((ChangeEvent.Scheduled) e).conflictOverride())
                .containsExactly(Optional.of("Ransomware exploiting the unpatched HIS node"));
    }

    @Test
    void twoChangesTakingDownBothPacsServersAtOnceAreRefusedAsACombinedOutageOfImaging() {
        desk.scheduled(ChangeModel.NORMAL, Set.of(desk.pacsServer(1)), "2026-03-04T02:00", "2026-03-04T04:00");
        ChangeView second = desk.approved(ChangeModel.NORMAL, Set.of(desk.pacsServer(2)), "2026-03-04T03:00",
                "2026-03-04T05:00");
        ChangeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, second.id(), null,
                at("2026-03-04T03:00"), at("2026-03-04T05:00"), null)))
                .isInstanceOfSatisfying(ScheduleConflictsException.class, e -> {
                    assertThat(e.conflicts()).extracting(ScheduleConflict::kind)
                            .containsExactly(ConflictKind.COMBINED_OUTAGE);
                    ScheduleConflict.CombinedOutage outage = (ScheduleConflict.CombinedOutage) e.conflicts().get(0);
                    assertThat(outage.serviceIds()).contains(desk.estate.imaging());
                    assertThat(e.getMessage()).contains("CHG-2026-000001", desk.estate.imaging().toString());
                });
        assertThat(desk.picture()).isEqualTo(before);
        ChangeView afterwards = desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, second.id(), null,
                at("2026-03-04T04:00"), at("2026-03-04T06:00"), null));
        assertThat(afterwards.status()).isEqualTo(ChangeStatus.SCHEDULED);
    }

    @Test
    void aChangeIsCheckedAgainWhenItStartsAgainstWhatWasScheduledSince() {
        ChangeView first = desk.scheduled(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00");
        // a blackout declared after it was scheduled
        desk.hospital.desk.changes.configuration().defineWindow(
                new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN,
                        ChangeWindowId.of("his-db-migration-freeze"), "HIS freeze",
                        WindowKind.BLACKOUT, Set.of(desk.estate.his()),
                        new ChangeWindow.Timing.Dated(
                                LocalDateTime.parse("2026-03-04T00:00"),
                                LocalDateTime.parse("2026-03-05T00:00")), null, null));
        desk.advanceTo("2026-03-04T02:00");

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Start(SPECIALIST_HUANG, first.id(), null)))
                .isInstanceOfSatisfying(ScheduleConflictsException.class, e -> assertThat(e.conflicts())
                        .extracting(ScheduleConflict::kind).containsExactly(ConflictKind.BLACKOUT));
    }

    @Test
    void twoChangesOverlappingOnItemsOneRelationshipApartAreRefusedAsNearbyWithTheirPath() {
        ChangeView server = desk.scheduled(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00");
        ChangeView application = desk.approved(ChangeModel.NORMAL, Set.of(desk.estate.his()), "2026-03-04T03:30",
                "2026-03-04T05:00");

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, application.id(), null,
                at("2026-03-04T03:30"), at("2026-03-04T05:00"), null)))
                .isInstanceOfSatisfying(ScheduleConflictsException.class, e -> {
                    ScheduleConflict.NearbyChange nearby = e.conflicts().stream()
                            .filter(ScheduleConflict.NearbyChange.class::isInstance)
                            .map(ScheduleConflict.NearbyChange.class::cast).findFirst().orElseThrow();
                    assertThat(nearby.changes()).extracting(c -> c.id()).containsExactly(server.id(), application.id());
                    assertThat(nearby.path().length()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("overlaps change " + server.number());
                });
    }

    // ---- the CAB ----------------------------------------------------------------------------------

    @Test
    void aVoteBySomeoneNotOnTheBoardOrASecondVoteIsRefusedAndChangesNothing() {
        ChangeId id = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00").id();
        desk.beforeTheBoard(id);
        desk.handle(new ChangeCommand.CastVote(DIRECTOR_GAO, id, null, Vote.Choice.APPROVE, "ok"));
        ChangeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.CastVote(LEAD_SUN, id, null, Vote.Choice.APPROVE, "")))
                .isInstanceOfSatisfying(NotACabMemberException.class,
                        e -> assertThat(e.getMessage()).startsWith("Field member"));
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.CastVote(DIRECTOR_GAO, id, null, Vote.Choice.REJECT,
                "changed my mind"))).isInstanceOf(AlreadyVotedException.class);
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void aChangeWhoseWindowHasStartedCannotBeApproved() {
        ChangeId id = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-02T13:00",
                "2026-03-02T14:00").id();
        desk.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null));
        desk.handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, null, Likelihood.POSSIBLE, "untested"));
        desk.advanceTo("2026-03-02T13:30");
        ChangeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null, null)))
                .isInstanceOfSatisfying(ApprovalInThePastException.class,
                        e -> assertThat(e.code()).isEqualTo("change.approval-in-the-past"));
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void aFailedEmergencyChangeRecordsTheBackoutAndClosesOnlyWithItsRetrospective() {
        ChangeView approved = desk.approved(ChangeModel.EMERGENCY, Set.of(desk.hisServer(2)), "2026-03-02T20:00",
                "2026-03-02T21:00");
        ChangeId id = approved.id();
        desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, id, null, at("2026-03-02T20:00"),
                at("2026-03-02T21:00"), null));
        desk.advanceTo("2026-03-02T20:00");
        desk.handle(new ChangeCommand.Start(SPECIALIST_HUANG, id, null));
        ChangeView failed = desk.handle(new ChangeCommand.Fail(SPECIALIST_HUANG, id, null,
                "The node did not come back after the patch", true));
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Review(CHANGE_MANAGER_LIN, id, null, false,
                Set.of(new TicketId(new UUID(9, 9))), "Test the patch on a spare node first", null)))
                .isInstanceOf(TicketNotFoundException.class);
        desk.handle(new ChangeCommand.Review(CHANGE_MANAGER_LIN, id, null, false, Set.of(),
                "Test the patch on a spare node first", null));
        ChangeDesk.Picture reviewed = desk.picture();

        assertThat(failed.status()).isEqualTo(ChangeStatus.FAILED);
        assertThat(failed.state().backoutRan()).isTrue();
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Close(CHANGE_MANAGER_LIN, id, null)))
                .isInstanceOf(WorkflowException.class);
        assertThat(desk.picture()).isEqualTo(reviewed);
        desk.handle(new ChangeCommand.Review(CHANGE_MANAGER_LIN, id, null, false, Set.of(),
                "Test the patch on a spare node first", "The exploit was real; the ECAB was right to approve"));
        assertThat(desk.handle(new ChangeCommand.Close(CHANGE_MANAGER_LIN, id, null)).status())
                .isEqualTo(ChangeStatus.CLOSED);
    }

    @Test
    void aChangeIsCancelledWithItsReasonAndThenRefusesEveryStep() {
        ChangeId id = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00").id();

        ChangeView cancelled = desk.handle(new ChangeCommand.Cancel(LEAD_WU, id, null, "The vendor withdrew the patch"));

        assertThat(cancelled.status()).isEqualTo(ChangeStatus.CANCELLED);
        assertThat(cancelled.state().cancellation()).contains("The vendor withdrew the patch");
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null)))
                .isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Cancel(SPECIALIST_HUANG, id, null, "again")))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anApprovalRequestNamingABoardOfTheWrongKindOrAnUnknownOneIsRefused() {
        ChangeId id = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00").id();
        desk.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null));
        desk.handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, null, Likelihood.POSSIBLE, "untested"));

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null,
                ChangeSettings.ECAB))).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("board"));
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null,
                CabId.of("night-cab")))).isInstanceOf(ChangeAdvisoryBoardNotFoundException.class);
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.RequestApproval(SPECIALIST_HUANG, id, null, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRareLowRiskChangeGoesToTheChangeManagerAlone() {
        ChangeId id = desk.raise(ChangeModel.NORMAL, Set.of(desk.printer()), "2026-03-04T15:00",
                "2026-03-04T16:00").id();
        desk.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null));
        desk.handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, null, Likelihood.RARE, "Swapped weekly"));

        ChangeView before = desk.handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null, null));
        ChangeView approved = desk.handle(new ChangeCommand.CastVote(CHANGE_MANAGER_LIN, id, null,
                Vote.Choice.APPROVE, ""));

        assertThat(before.awaitedBoard()).contains(ChangeAdvisoryBoard.CHANGE_MANAGER_ALONE);
        assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
    }

    // ---- permissions, versions and bad input ------------------------------------------------------

    @Test
    void theDeskMayReadChangesButNotRaiseThem() {
        ChangeView raised = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00");

        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(desk.raising(AGENT_CHEN,
                ChangeModel.NORMAL, null, Set.of(desk.hisServer(1)), "2026-03-04T02:00", "2026-03-04T04:00",
                HIS_SUPPORT))).isInstanceOf(NotPermittedException.class);
        assertThat(desk.hospital.desk.changes.queries().change(AGENT_CHEN, raised.id()).number())
                .isEqualTo(raised.number());
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Submit(AGENT_CHEN, raised.id(), null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anEngineerOfAnotherGroupCannotImplementTheChangeNorEvenSeeItUnlessALead() {
        ChangeView scheduled = desk.scheduled(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00");
        desk.advanceTo("2026-03-04T02:00");

        // the network lead sits on the CAB and sees every change, but implements only the network's
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Start(NETWORK_MA, scheduled.id(), null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Start(ENGINEER_LIU, scheduled.id(), null)))
                .isInstanceOf(ChangeNotFoundException.class);
        assertThat(desk.handle(new ChangeCommand.Start(SPECIALIST_HUANG, scheduled.id(), null)).status())
                .isEqualTo(ChangeStatus.IMPLEMENTING);
    }

    @Test
    void anEngineerRaisesOnlyForTheirOwnGroup() {
        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(desk.raising(SPECIALIST_HUANG,
                ChangeModel.NORMAL, null, Set.of(desk.hisServer(1)), "2026-03-04T02:00", "2026-03-04T04:00",
                DESKTOP))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aCommandOnAStaleVersionIsAVersionConflict() {
        ChangeId id = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00").id();
        desk.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, 1L));
        ChangeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, 1L, Likelihood.RARE,
                "done often"))).isInstanceOfSatisfying(VersionConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("change.version-conflict"));
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void aChangeWithoutItemsOrWithAWindowEndingBeforeItStartsIsRefusedNamingTheField() {
        RaiseChange valid = desk.raising(SPECIALIST_HUANG, ChangeModel.NORMAL, null, Set.of(desk.hisServer(1)),
                "2026-03-04T02:00", "2026-03-04T04:00", HIS_SUPPORT);
        RaiseChange withoutItems = new RaiseChange(valid.actor(), valid.model(), null, valid.summary(),
                valid.description(), valid.implementationPlan(), valid.backoutPlan(), valid.testPlan(), Set.of(),
                valid.windowStart(), valid.windowEnd(), valid.outage(), null, valid.group(), valid.manager());
        RaiseChange backwards = desk.raising(SPECIALIST_HUANG, ChangeModel.NORMAL, null, Set.of(desk.hisServer(1)),
                "2026-03-04T04:00", "2026-03-04T02:00", HIS_SUPPORT);
        RaiseChange unknownItem = desk.raising(SPECIALIST_HUANG, ChangeModel.NORMAL, null,
                Set.of(new CiId(new UUID(7, 7))), "2026-03-04T02:00", "2026-03-04T04:00", HIS_SUPPORT);

        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(withoutItems))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("touchedCis"));
        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(backwards))
                .isInstanceOfSatisfying(InvalidChangeWindowException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Field window");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("window");
                });
        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(unknownItem))
                .isInstanceOf(CiNotFoundException.class);
        RaiseChange lastingHowLong = new RaiseChange(valid.actor(), valid.model(), null, valid.summary(),
                valid.description(), valid.implementationPlan(), valid.backoutPlan(), valid.testPlan(),
                valid.touchedCis(), valid.windowStart(), valid.windowEnd(), ExpectedOutage.Kind.FOR_DURATION, null,
                valid.group(), valid.manager());
        assertThatThrownBy(() -> desk.hospital.desk.changes.changes().raise(lastingHowLong))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("outageDuration"));
        assertThat(desk.hospital.desk.changeStore.size()).isZero();
        assertThat(desk.events()).noneMatch(ChangeEvent.class::isInstance);
    }

    // ---- links ------------------------------------------------------------------------------------

    @Test
    void aLinkedProblemMustExistAndAnIncidentIsLinkedAsCausedOrResolved() {
        ChangeId id = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00").id();
        TicketView incident = desk.hospital.raiseFor(HEAD_NURSE_HAN, "his", "ONE_DEPARTMENT", "DEGRADED", 1);

        assertThatThrownBy(() -> desk.handle(new ChangeCommand.LinkProblem(CHANGE_MANAGER_LIN, id, null,
                new ProblemId(new UUID(3, 3))))).isInstanceOf(ProblemNotFoundException.class);
        ChangeView linked = desk.handle(new ChangeCommand.LinkIncident(CHANGE_MANAGER_LIN, id, null, incident.id(),
                IncidentRelation.RESOLVES));

        assertThat(linked.state().incidents()).extracting(l -> l.incident()).containsExactly(incident.id());
        assertThat(desk.changeEventTypes(id)).endsWith("change.incident-linked");
    }

    @Test
    void theSearchShowsEachReaderOnlyTheChangesTheyMaySee() {
        desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-04T02:00", "2026-03-04T04:00");

        ChangeQueries queries = desk.hospital.desk.changes.queries();
        ChangeSearch all = ChangeSearch.all(50);
        assertThat(queries.search(CHANGE_MANAGER_LIN, all)).hasSize(1);
        assertThat(queries.search(SPECIALIST_HUANG, all)).hasSize(1);
        assertThat(queries.search(ENGINEER_LIU, all)).isEmpty();
        assertThat(queries.search(NURSE_WANG, all)).isEmpty();
        assertThat(queries.search(CHANGE_MANAGER_LIN, all.touching(desk.hisServer(2)))).isEmpty();
    }
}
