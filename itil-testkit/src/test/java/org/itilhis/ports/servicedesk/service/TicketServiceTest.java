package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.HIS_VENDOR;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SERVICE_DESK;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.NotAnIncidentException;
import org.itilhis.core.ticket.QuietPeriodNotElapsedException;
import org.itilhis.core.ticket.RatingNotAllowedException;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketClosedException;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TicketServiceTest {
    private final Hospital hospital = new Hospital();

    // ---- every command's happy path -------------------------------------------------------------

    @Test
    void assigningDispatchesToTheGroupAndEngineerAtTheGroupsTierAndTellsTheEngineer() {
        TicketView ticket = hospital.printerIncident();

        TicketView assigned = hospital.handle(assign(ticket, AGENT_CHEN, DESKTOP, ENGINEER_LIU));

        assertThat(assigned.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(assigned.group()).isEqualTo(DESKTOP);
        assertThat(assigned.engineer()).contains(ENGINEER_LIU.staffId());
        assertThat(assigned.tier()).isEqualTo(SupportTier.FIRST_LINE);
        assertThat(assigned.version()).isEqualTo(ticket.version() + 1);
        assertThat(hospital.stored(ticket.id())).isEqualTo(hospital.desk.tickets.find(ticket.id()).orElseThrow()
                .snapshot());
        assertThat(hospital.stored(ticket.id()).engineer()).contains(ENGINEER_LIU.staffId());
        assertThat(lastEvent()).isInstanceOfSatisfying(TicketEvent.Assigned.class, e -> {
            assertThat(e.actor()).isEqualTo(AGENT_CHEN.staffId());
            assertThat(e.occurredAt()).isEqualTo(hospital.desk.clock.instant());
        });
        assertThat(hospital.notifications()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(ENGINEER_LIU.staffId());
            assertThat(n.topic()).isEqualTo("ticket.assigned");
            assertThat(n.reference()).isEqualTo(ticket.number().toString());
        });
    }

    @Test
    void assigningToASecondLineGroupWithoutAnEngineerTellsItsLead() {
        TicketView ticket = hospital.printerIncident();

        TicketView assigned = hospital.handle(assign(ticket, AGENT_CHEN, HIS_SUPPORT, null));

        assertThat(assigned.group()).isEqualTo(HIS_SUPPORT);
        assertThat(assigned.engineer()).isEmpty();
        assertThat(assigned.tier()).isEqualTo(SupportTier.SECOND_LINE);
        assertThat(recipients()).containsExactly(LEAD_WU.staffId());
    }

    @Test
    void anEngineerOfTheGroupAcceptsTheTicketAndIsNamedOnIt() {
        TicketView ticket = hospital.printerIncident();

        TicketView accepted = hospital.handle(new TicketCommand.Accept(ENGINEER_ZHOU, ticket.id(), null));

        assertThat(accepted.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(accepted.engineer()).contains(ENGINEER_ZHOU.staffId());
        assertThat(hospital.stored(ticket.id()).respondedAt()).contains(hospital.desk.clock.instant());
        assertThat(lastEvent()).isInstanceOf(TicketEvent.Accepted.class);
    }

    @Test
    void theNamedEngineerStartsWork() {
        TicketView ticket = assigned();

        TicketView started = hospital.handle(new TicketCommand.Start(ENGINEER_LIU, ticket.id(), null));

        assertThat(started.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(hospital.stored(ticket.id()).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(lastEvent()).isInstanceOf(TicketEvent.Started.class);
    }

    @Test
    void workIsPutOnHoldWithAReasonAndResumed() {
        TicketView ticket = inProgress();

        TicketView held = hospital.handle(new TicketCommand.Hold(ENGINEER_LIU, ticket.id(), null,
                HoldReason.AWAITING_VENDOR, "spare roller ordered"));

        assertThat(held.status()).isEqualTo(TicketStatus.ON_HOLD);
        assertThat(held.holdReason()).contains(HoldReason.AWAITING_VENDOR);
        assertThat(lastEvent()).isEqualTo(new TicketEvent.PutOnHold(ticket.id(), HoldReason.AWAITING_VENDOR,
                "spare roller ordered", ENGINEER_LIU.staffId(), hospital.desk.clock.instant()));

        TicketView resumed = hospital.handle(new TicketCommand.Resume(ENGINEER_LIU, ticket.id(), null));

        assertThat(resumed.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(resumed.holdReason()).isEmpty();
        assertThat(hospital.stored(ticket.id()).holdReason()).isEmpty();
    }

    @Test
    void functionalEscalationHandsTheTicketToTheNextTierAndTellsThatGroupsLead() {
        TicketView ticket = inProgress();

        TicketView escalated = hospital.handle(new TicketCommand.Escalate(ENGINEER_LIU, ticket.id(), null,
                HIS_SUPPORT, "needs the HIS specialists"));

        assertThat(escalated.group()).isEqualTo(HIS_SUPPORT);
        assertThat(escalated.tier()).isEqualTo(SupportTier.SECOND_LINE);
        assertThat(escalated.engineer()).isEmpty();
        assertThat(escalated.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(escalated.reassignments()).isEqualTo(1);
        assertThat(lastEvent()).isInstanceOfSatisfying(TicketEvent.Escalated.class, e -> {
            assertThat(e.fromTier()).isEqualTo(SupportTier.FIRST_LINE);
            assertThat(e.toTier()).isEqualTo(SupportTier.SECOND_LINE);
            assertThat(e.reason()).isEqualTo("needs the HIS specialists");
        });
        assertThat(hospital.notifications()).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(LEAD_WU.staffId());
            assertThat(n.topic()).isEqualTo("ticket.escalated");
        });
    }

    @Test
    void hierarchicalEscalationTellsTheOwningGroupsLeadAndLeavesTheTicketWhereItIs() {
        TicketView ticket = inProgress();

        TicketView escalated = hospital.handle(new TicketCommand.EscalateToLead(ENGINEER_LIU, ticket.id(), null,
                "the ward has waited two hours"));

        assertThat(escalated.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(escalated.group()).isEqualTo(DESKTOP);
        assertThat(escalated.version()).isEqualTo(ticket.version() + 1);
        assertThat(hospital.notifications()).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(LEAD_SUN.staffId());
            assertThat(n.topic()).isEqualTo("ticket.escalated-to-lead");
        });
    }

    @Test
    void updatingTheCallerTellsTheCallerTheMessageAndLeavesTheTicketWhereItIs() {
        TicketView ticket = inProgress();

        TicketView updated = hospital.handle(new TicketCommand.UpdateCaller(ENGINEER_LIU, ticket.id(), ticket.version(),
                " A new roller arrives at 14:00 "));

        assertThat(updated.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(updated.version()).isEqualTo(ticket.version() + 1);
        assertThat(lastEvent()).isInstanceOfSatisfying(TicketEvent.CallerUpdated.class,
                e -> assertThat(e.message()).isEqualTo("A new roller arrives at 14:00"));
        assertThat(hospital.notifications()).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(NURSE_WANG.staffId());
            assertThat(n.topic()).isEqualTo("ticket.caller-updated");
            assertThat(n.text()).endsWith(": A new roller arrives at 14:00");
        });
    }

    @Test
    void resolvingRecordsTheResolutionAndTellsTheCaller() {
        TicketView ticket = inProgress();

        TicketView resolved = hospital.handle(resolve(ticket));

        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.resolution()).contains(Resolution.of(ResolutionCode.HARDWARE_REPLACED, "New roller"));
        assertThat(hospital.stored(ticket.id()).resolvedAt()).contains(hospital.desk.clock.instant());
        assertThat(hospital.notifications()).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(NURSE_WANG.staffId());
            assertThat(n.topic()).isEqualTo("ticket.resolved");
        });
    }

    @Test
    void theCallerConfirmsTheResolutionAndTheTicketCloses() {
        TicketView ticket = resolved();

        TicketView closed = hospital.handle(new TicketCommand.Confirm(NURSE_WANG, ticket.id(), null));

        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(lastEvent()).isEqualTo(new TicketEvent.Closed(ticket.id(), false, NURSE_WANG.staffId(),
                hospital.desk.clock.instant()));
    }

    @Test
    void theCallerReopensAResolutionThatDidNotHold() {
        TicketView ticket = resolved();

        TicketView reopened = hospital.handle(new TicketCommand.Reopen(NURSE_WANG, ticket.id(), null,
                "jams again"));

        assertThat(reopened.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(reopened.resolution()).isEmpty();
        assertThat(hospital.stored(ticket.id()).resolvedAt()).isEmpty();
    }

    @Test
    void theSystemClosesAResolvedTicketAfterTheQuietPeriod() {
        TicketView ticket = resolved();
        hospital.later(Duration.ofDays(3));

        TicketView closed = hospital.handle(new TicketCommand.Close(Actor.system(), ticket.id(), null));

        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(lastEvent()).isEqualTo(new TicketEvent.Closed(ticket.id(), true, Actor.SYSTEM_ID,
                hospital.desk.clock.instant()));
    }

    @Test
    void theCallerCancelsTheirOwnTicket() {
        TicketView ticket = hospital.printerIncident();

        TicketView cancelled = hospital.handle(new TicketCommand.Cancel(NURSE_WANG, ticket.id(), null,
                "found a spare printer"));

        assertThat(cancelled.status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(cancelled.allowedActions()).isEmpty();
        assertThat(hospital.stored(ticket.id()).status()).isEqualTo(TicketStatus.CANCELLED);
    }

    @Test
    void engineersLogTheirWork() {
        TicketView ticket = inProgress();

        hospital.handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, ticket.id(), null, 30, "Cleaned the paper path"));
        TicketView logged = hospital.handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, ticket.id(), null, 15,
                "Replaced the roller"));

        assertThat(logged.minutesLogged()).isEqualTo(45);
        assertThat(logged.workLog()).extracting(entry -> entry.note())
                .containsExactly("Cleaned the paper path", "Replaced the roller");
        assertThat(hospital.stored(ticket.id()).workLog()).hasSize(2);
    }

    @Test
    void theCallerRatesAClosedTicket() {
        TicketView ticket = closed();

        TicketView rated = hospital.handle(new TicketCommand.Rate(NURSE_WANG, ticket.id(), null, 4, null));

        assertThat(rated.satisfaction()).contains(new Satisfaction(4, ""));
        assertThat(hospital.stored(ticket.id()).satisfaction()).contains(new Satisfaction(4, ""));
    }

    @Test
    void reprioritisingAppliesTheMatrixAgain() {
        TicketView ticket = assigned();

        TicketView raised = hospital.handle(new TicketCommand.Reprioritise(ENGINEER_LIU, ticket.id(), null,
                "WHOLE_HOSPITAL", "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, "every ward prints wristbands here"));

        assertThat(raised.priority()).isEqualTo(Priority.P1);
        assertThat(raised.assessment().factors().impact()).isEqualTo(Impact.WHOLE_HOSPITAL);
        assertThat(raised.assessment().factors().urgency()).isEqualTo(Urgency.DEGRADED);
        assertThat(raised.assessment().matrixPriority()).isEqualTo(Priority.P2);
        assertThat(hospital.stored(ticket.id()).assessment()).isEqualTo(raised.assessment());
    }

    @Test
    void theGroupLeadOverridesThePriorityWithAReason() {
        TicketView ticket = hospital.printerIncident();

        TicketView overridden = hospital.handle(new TicketCommand.OverridePriority(LEAD_SUN, ticket.id(), null,
                Priority.P2, "discharge letters cannot be printed"));

        assertThat(overridden.priority()).isEqualTo(Priority.P2);
        assertThat(overridden.assessment().priority()).isEqualTo(Priority.P3);
        assertThat(overridden.priorityOverride()).contains(new PriorityOverride(Priority.P2,
                "discharge letters cannot be printed", LEAD_SUN.staffId(), hospital.desk.clock.instant()));
    }

    @Test
    void declaringAMajorIncidentForcesP1AndTellsTheOwningGroupsLead() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.OverridePriority(LEAD_SUN, ticket.id(), null, Priority.P4, "can wait"));

        TicketView major = hospital.handle(new TicketCommand.DeclareMajorIncident(AGENT_CHEN, ticket.id(), null,
                "every ward's label printer fails"));

        assertThat(major.majorIncident()).isTrue();
        assertThat(major.priority()).isEqualTo(Priority.P1);
        assertThat(major.priorityOverride()).isEmpty();
        assertThat(major.assessment().factors().impact()).isEqualTo(Impact.ONE_DEPARTMENT);
        assertThat(hospital.notifications()).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(LEAD_SUN.staffId());
            assertThat(n.topic()).isEqualTo("ticket.major-incident-declared");
        });
    }

    /** First line, second line, vendor: the whole way through the demo hospital's groups. */
    @Test
    void anIncidentTravelsFromTheDeskThroughEveryTierToTheVendorAndBack() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(assign(ticket, AGENT_CHEN, DESKTOP, ENGINEER_LIU));
        hospital.handle(new TicketCommand.Start(ENGINEER_LIU, ticket.id(), null));
        hospital.handle(new TicketCommand.Escalate(ENGINEER_LIU, ticket.id(), null, HIS_SUPPORT, "HIS label module"));
        hospital.handle(assign(ticket, LEAD_WU, HIS_SUPPORT, SPECIALIST_HUANG));
        hospital.handle(new TicketCommand.Start(SPECIALIST_HUANG, ticket.id(), null));
        hospital.handle(new TicketCommand.Escalate(SPECIALIST_HUANG, ticket.id(), null, HIS_VENDOR, "a bug"));
        hospital.handle(new TicketCommand.Accept(VENDOR_ENGINEER, ticket.id(), null));
        hospital.handle(new TicketCommand.Start(VENDOR_ENGINEER, ticket.id(), null));
        hospital.handle(new TicketCommand.Resolve(VENDOR_ENGINEER, ticket.id(), null, ResolutionCode.VENDOR_FIXED,
                "Patch 3.2.1"));
        TicketView done = hospital.handle(new TicketCommand.Confirm(NURSE_WANG, ticket.id(), null));

        assertThat(done.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(done.tier()).isEqualTo(SupportTier.VENDOR);
        assertThat(done.group()).isEqualTo(HIS_VENDOR);
        assertThat(done.reassignments()).isEqualTo(3);
        assertThat(hospital.desk.events.history(ticket.id().toString())).extracting(DomainEvent::type).containsExactly(
                "ticket.raised", "ticket.assigned", "ticket.started", "ticket.escalated", "ticket.assigned",
                "ticket.started", "ticket.escalated", "ticket.accepted", "ticket.started", "ticket.resolved",
                "ticket.closed");
        assertThat(hospital.notifications()).extracting(Notification::recipient).containsExactly(
                ENGINEER_LIU.staffId(), LEAD_WU.staffId(), SPECIALIST_HUANG.staffId(), VENDOR_ENGINEER.staffId(),
                NURSE_WANG.staffId());
    }

    // ---- assignment refusals, versions -------------------------------------------------------------

    @Test
    void anEngineerOutsideTheGroupIsRefused() {
        TicketView ticket = hospital.printerIncident();

        assertThatThrownBy(() -> hospital.handle(assign(ticket, AGENT_CHEN, DESKTOP, SPECIALIST_HUANG)))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("assignment.engineer-not-in-group"));
    }

    @Test
    void anUnknownGroupIsRefused() {
        TicketView ticket = hospital.printerIncident();

        assertThatThrownBy(() -> hospital.handle(assign(ticket, AGENT_CHEN, GroupId.of("radiology-it"), null)))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("assignment.unknown-group"));
        assertThatThrownBy(() -> hospital.handle(new TicketCommand.Escalate(ENGINEER_LIU, ticket.id(), null,
                GroupId.of("radiology-it"), "specialists")))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("assignment.unknown-group"));
    }

    @Test
    void escalationToAGroupOfTheWrongTierIsRefused() {
        TicketView ticket = inProgress();

        for (GroupId wrong : List.of(SERVICE_DESK, DESKTOP, HIS_VENDOR)) {
            assertThatThrownBy(() -> hospital.handle(new TicketCommand.Escalate(ENGINEER_LIU, ticket.id(), null,
                    wrong, "try another group")))
                    .as("escalating from the first line to %s", wrong)
                    .isInstanceOfSatisfying(AssignmentRefusedException.class,
                            refused -> assertThat(refused.code()).isEqualTo("assignment.group-tier-mismatch"));
        }
        assertThat(hospital.handle(new TicketCommand.Escalate(ENGINEER_LIU, ticket.id(), null, NETWORK,
                "it is the network")).group()).isEqualTo(NETWORK);
    }

    @Test
    void aCommandAtAStaleVersionIsAVersionConflict() {
        TicketView ticket = hospital.printerIncident();
        TicketView assigned = hospital.handle(assign(ticket, AGENT_CHEN, DESKTOP, ENGINEER_LIU));

        assertThatThrownBy(() -> hospital.handle(new TicketCommand.Start(ENGINEER_LIU, ticket.id(), ticket.version())))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo("ticket.version-conflict");
                    assertThat(conflict.expected()).isEqualTo(ticket.version());
                    assertThat(conflict.actual()).isEqualTo(assigned.version());
                });
        assertThat(hospital.handle(new TicketCommand.Start(ENGINEER_LIU, ticket.id(), assigned.version())).status())
                .isEqualTo(TicketStatus.IN_PROGRESS);
    }

    // ---- refusals change nothing ------------------------------------------------------------------------

    /**
     * Every refused command (not permitted, not allowed by the workflow, invalid, at a stale
     * version, refused assignment, any other business rule) leaves the stored ticket, the
     * event log and the notifications exactly as they were.
     */
    @TestFactory
    Stream<DynamicTest> aRefusedCommandChangesNothing() {
        Map<String, Refusal> refusals = new LinkedHashMap<>();
        refusals.put("a reporter assigns", new Refusal(Stage.NEW, NotPermittedException.class,
                t -> assign(t, NURSE_WANG, DESKTOP, ENGINEER_LIU)));
        refusals.put("an engineer of another group starts, a ticket that for them does not exist",
                new Refusal(Stage.ASSIGNED, TicketNotFoundException.class,
                t -> new TicketCommand.Start(SPECIALIST_HUANG, t.id(), null)));
        refusals.put("the vendor's engineer logs work on another group's ticket, which for them does not exist",
                new Refusal(Stage.IN_PROGRESS, TicketNotFoundException.class,
                t -> new TicketCommand.AddWorkLog(VENDOR_ENGINEER, t.id(), null, 5, "looked at it")));
        refusals.put("the lead of another group declares a major incident on a ticket they do not see",
                new Refusal(Stage.ASSIGNED, TicketNotFoundException.class,
                t -> new TicketCommand.DeclareMajorIncident(LEAD_WU, t.id(), null, "the whole hospital")));
        refusals.put("a reporter confirms someone else's ticket, which for them does not exist",
                new Refusal(Stage.RESOLVED, TicketNotFoundException.class, t -> new TicketCommand.Confirm(CLERK_LI, t.id(), null)));
        refusals.put("a reporter cancels someone else's ticket, which for them does not exist",
                new Refusal(Stage.NEW, TicketNotFoundException.class,
                t -> new TicketCommand.Cancel(CLERK_LI, t.id(), null, "not mine")));
        refusals.put("an engineer overrides the priority", new Refusal(Stage.ASSIGNED, NotPermittedException.class,
                t -> new TicketCommand.OverridePriority(ENGINEER_LIU, t.id(), null, Priority.P1, "urgent")));
        refusals.put("the lead of another group overrides the priority of a ticket they do not see",
                new Refusal(Stage.NEW, TicketNotFoundException.class,
                t -> new TicketCommand.OverridePriority(LEAD_WU, t.id(), null, Priority.P1, "urgent")));
        refusals.put("a person closes after the quiet period", new Refusal(Stage.RESOLVED,
                NotPermittedException.class, t -> new TicketCommand.Close(AGENT_CHEN, t.id(), null)));
        refusals.put("resolving a new ticket", new Refusal(Stage.NEW, IllegalTransitionException.class,
                t -> new TicketCommand.Resolve(ENGINEER_LIU, t.id(), null, ResolutionCode.FIXED, "done")));
        refusals.put("confirming an unresolved ticket", new Refusal(Stage.IN_PROGRESS,
                IllegalTransitionException.class, t -> new TicketCommand.Confirm(NURSE_WANG, t.id(), null)));
        refusals.put("starting with no engineer named", new Refusal(Stage.ASSIGNED_TO_GROUP,
                GuardFailedException.class, t -> new TicketCommand.Start(ENGINEER_LIU, t.id(), null)));
        refusals.put("the vendor's engineer escalates, which is not theirs to do (nor possible beyond the vendor)",
                new Refusal(Stage.AT_VENDOR, NotPermittedException.class,
                t -> new TicketCommand.Escalate(VENDOR_ENGINEER, t.id(), null, HIS_VENDOR, "even further")));
        refusals.put("a blank resolution note", new Refusal(Stage.IN_PROGRESS, InvalidCommandException.class,
                t -> new TicketCommand.Resolve(ENGINEER_LIU, t.id(), null, ResolutionCode.FIXED, " ")));
        refusals.put("no minutes of work", new Refusal(Stage.IN_PROGRESS, InvalidCommandException.class,
                t -> new TicketCommand.AddWorkLog(ENGINEER_LIU, t.id(), null, 0, "looked at it")));
        refusals.put("a rating of 6", new Refusal(Stage.CLOSED, InvalidCommandException.class,
                t -> new TicketCommand.Rate(NURSE_WANG, t.id(), null, 6, "great")));
        refusals.put("an assignment without a group", new Refusal(Stage.NEW, InvalidCommandException.class,
                t -> new TicketCommand.Assign(AGENT_CHEN, t.id(), null, null, null)));
        refusals.put("a negative expected version", new Refusal(Stage.NEW, InvalidCommandException.class,
                t -> new TicketCommand.Accept(ENGINEER_LIU, t.id(), -1L)));
        refusals.put("reprioritising to an unknown impact", new Refusal(Stage.ASSIGNED, InvalidCommandException.class,
                t -> new TicketCommand.Reprioritise(ENGINEER_LIU, t.id(), null, "WHOLE_CITY", "DEGRADED",
                        ServiceCriticality.GENERAL, "bigger")));
        refusals.put("a stale expected version", new Refusal(Stage.ASSIGNED, VersionConflictException.class,
                t -> new TicketCommand.Start(ENGINEER_LIU, t.id(), t.version() - 1)));
        refusals.put("an engineer outside the group", new Refusal(Stage.NEW, AssignmentRefusedException.class,
                t -> assign(t, AGENT_CHEN, DESKTOP, SPECIALIST_HUANG)));
        refusals.put("an unknown group", new Refusal(Stage.NEW, AssignmentRefusedException.class,
                t -> assign(t, AGENT_CHEN, GroupId.of("radiology-it"), null)));
        refusals.put("escalating to the wrong tier", new Refusal(Stage.IN_PROGRESS, AssignmentRefusedException.class,
                t -> new TicketCommand.Escalate(ENGINEER_LIU, t.id(), null, HIS_VENDOR, "skip a tier")));
        refusals.put("closing before the quiet period", new Refusal(Stage.RESOLVED,
                QuietPeriodNotElapsedException.class, t -> new TicketCommand.Close(Actor.system(), t.id(), null)));
        refusals.put("rating before closure", new Refusal(Stage.RESOLVED, RatingNotAllowedException.class,
                t -> new TicketCommand.Rate(NURSE_WANG, t.id(), null, 5, null)));
        refusals.put("rating twice", new Refusal(Stage.RATED, RatingNotAllowedException.class,
                t -> new TicketCommand.Rate(NURSE_WANG, t.id(), null, 1, "changed my mind")));
        refusals.put("a service request declared a major incident", new Refusal(Stage.SERVICE_REQUEST,
                NotAnIncidentException.class,
                t -> new TicketCommand.DeclareMajorIncident(AGENT_CHEN, t.id(), null, "everyone needs accounts")));
        refusals.put("logging work on a cancelled ticket", new Refusal(Stage.CANCELLED, TicketClosedException.class,
                t -> new TicketCommand.AddWorkLog(AGENT_CHEN, t.id(), null, 5, "late note")));
        refusals.put("a reporter updates themselves as caller", new Refusal(Stage.IN_PROGRESS,
                NotPermittedException.class, t -> new TicketCommand.UpdateCaller(NURSE_WANG, t.id(), null, "news")));
        refusals.put("a blank message to the caller", new Refusal(Stage.IN_PROGRESS, InvalidCommandException.class,
                t -> new TicketCommand.UpdateCaller(ENGINEER_LIU, t.id(), null, " ")));
        refusals.put("updating the caller of a cancelled ticket", new Refusal(Stage.CANCELLED,
                IllegalTransitionException.class, t -> new TicketCommand.UpdateCaller(AGENT_CHEN, t.id(), null, "late")));
        refusals.put("a command on an unknown ticket", new Refusal(Stage.ASSIGNED, TicketNotFoundException.class,
                t -> new TicketCommand.Accept(AGENT_CHEN, new TicketId(UUID.randomUUID()), null)));
        return refusals.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Hospital fresh = new Hospital();
            TicketView ticket = entry.getValue().stage().reach(fresh);
            TicketCommand command = entry.getValue().command().apply(ticket);
            Hospital.Picture before = fresh.picture(ticket.id());

            assertThatThrownBy(() -> fresh.handle(command)).isInstanceOf(entry.getValue().refusal());

            assertThat(fresh.picture(ticket.id())).isEqualTo(before);
        }));
    }

    // ---- notifications ------------------------------------------------------------------------------

    @Test
    void aNotifierThatFailsDoesNotUndoTheChange() {
        InMemoryServiceDesk stores = hospital.desk;
        ServiceDeskPorts failingNotifier = new ServiceDeskPorts(stores.tickets, stores.contacts, stores.numbers,
                stores.events, notification -> {
                    throw new IllegalStateException("WeCom is down");
                }, stores.directory, stores.transactions, stores.clock, stores.personalDataReads);
        ServiceDesk desk = ServiceDesk.create(failingNotifier, DemoHospital.settings(), InMemoryServiceDesk.validator());
        TicketView ticket = hospital.printerIncident();

        TicketView assigned = desk.tickets().handle(assign(ticket, AGENT_CHEN, DESKTOP, ENGINEER_LIU));
        TicketView started = desk.tickets().handle(new TicketCommand.Start(ENGINEER_LIU, ticket.id(), null));

        assertThat(assigned.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(started.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(hospital.stored(ticket.id()).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(hospital.logTypes()).endsWith("ticket.assigned", "ticket.started");
    }

    @Test
    void stepsNobodyNeedsToHearAboutSendNothing() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, ticket.id(), null));
        hospital.handle(new TicketCommand.Start(ENGINEER_LIU, ticket.id(), null));
        hospital.handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, ticket.id(), null, 10, "cleaned"));

        assertThat(hospital.notifications()).isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static TicketCommand.Assign assign(TicketView ticket, Actor actor, GroupId group, Actor engineer) {
        return new TicketCommand.Assign(actor, ticket.id(), null, group, engineer == null ? null : engineer.staffId());
    }

    private static TicketCommand.Resolve resolve(TicketView ticket) {
        return new TicketCommand.Resolve(ENGINEER_LIU, ticket.id(), null, ResolutionCode.HARDWARE_REPLACED,
                "New roller");
    }

    private TicketView assigned() {
        return Stage.ASSIGNED.reach(hospital);
    }

    private TicketView inProgress() {
        return Stage.IN_PROGRESS.reach(hospital);
    }

    private TicketView resolved() {
        return Stage.RESOLVED.reach(hospital);
    }

    private TicketView closed() {
        return Stage.CLOSED.reach(hospital);
    }

    private DomainEvent lastEvent() {
        List<DomainEvent> log = hospital.log();
        return log.get(log.size() - 1);
    }

    private List<StaffId> recipients() {
        return hospital.notifications().stream().map(Notification::recipient).toList();
    }

    /** A refused command: the state its ticket is in, what is refused, and the command. */
    private record Refusal(Stage stage, Class<? extends DomainException> refusal,
                           Function<TicketView, TicketCommand> command) {
    }

    /** Where a ticket of nurse Wang's printer incident is brought to, through the use cases. */
    private enum Stage {
        NEW, ASSIGNED, ASSIGNED_TO_GROUP, IN_PROGRESS, RESOLVED, CLOSED, RATED, CANCELLED, AT_VENDOR, SERVICE_REQUEST;

        TicketView reach(Hospital h) {
            if (this == SERVICE_REQUEST) {
                return h.desk.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN,
                        h.nurseWangCalls("Account for a student nurse").id(), TicketType.SERVICE_REQUEST,
                        "New HIS account", "account", "ONE_PERSON", "NO_CLINICAL_EFFECT", ServiceCriticality.GENERAL,
                        false, null));
            }
            TicketView t = h.printerIncident();
            switch (this) {
                case NEW -> {
                    return t;
                }
                case CANCELLED -> {
                    return h.handle(new TicketCommand.Cancel(NURSE_WANG, t.id(), null, "logged twice"));
                }
                case ASSIGNED_TO_GROUP -> {
                    return h.handle(assign(t, AGENT_CHEN, DESKTOP, null));
                }
                case AT_VENDOR -> {
                    h.handle(new TicketCommand.Escalate(LEAD_SUN, t.id(), null, HIS_SUPPORT, "HIS"));
                    return h.handle(new TicketCommand.Escalate(SPECIALIST_HUANG, t.id(), null, HIS_VENDOR, "bug"));
                }
                default -> {
                    return work(h, t);
                }
            }
        }

        private TicketView work(Hospital h, TicketView t) {
            TicketView v = h.handle(assign(t, AGENT_CHEN, DESKTOP, ENGINEER_LIU));
            if (this == ASSIGNED) {
                return v;
            }
            v = h.handle(new TicketCommand.Start(ENGINEER_LIU, t.id(), null));
            if (this == IN_PROGRESS) {
                return v;
            }
            v = h.handle(resolve(t));
            if (this == RESOLVED) {
                return v;
            }
            v = h.handle(new TicketCommand.Confirm(NURSE_WANG, t.id(), null));
            if (this == CLOSED) {
                return v;
            }
            return h.handle(new TicketCommand.Rate(NURSE_WANG, t.id(), null, 5, "quick"));
        }
    }
}
