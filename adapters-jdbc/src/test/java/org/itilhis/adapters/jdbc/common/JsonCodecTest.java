package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.CaseFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itilhis.adapters.jdbc.ChangeLives;
import org.itilhis.adapters.jdbc.Samples;
import org.itilhis.adapters.jdbc.servicelevel.CalendarDefinition;
import org.itilhis.adapters.jdbc.servicelevel.ConfigurationDocument;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.change.ApprovalRule;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeEvent;
import org.itilhis.core.change.ChangeSnapshot;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleEvent;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleSnapshot;
import org.itilhis.core.knowledge.ArticleText;
import org.itilhis.core.knowledge.ContentLanguage;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.release.BundledChange;
import org.itilhis.core.release.ChangeStanding;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseEvent;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.ReleaseSnapshot;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.release.Stage;
import org.itilhis.core.release.StagePlan;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemDetails;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.SlaEvent;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;


class JsonCodecTest {
    private final JsonCodec codec = new JsonCodec();

    @Test
    void everyTicketAndContactEventRoundTripsEqual() {
        for (DomainEvent event : Stream.concat(Samples.everyTicketEvent().stream(),
                Samples.everyContactEvent().stream()).toList()) {
            String json = codec.write(event);
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
    }

    @Test
    void theSamplesCoverEveryPermittedEventType() {
        Set<Class<?>> covered = Stream.concat(Samples.everyTicketEvent().stream(), Samples.everyContactEvent().stream())
                .map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsAll(List.of(TicketEvent.class.getPermittedSubclasses()))
                .containsAll(List.of(ContactEvent.class.getPermittedSubclasses()));
    }

    @Test
    void identitiesAndInstantsAreWrittenAsPlainText() {
        String json = codec.write(Samples.everyTicketEvent().get(0));
        assertThat(json).contains("\"number\":\"INC-2026-000042\"", "\"actor\":\"N1001\"",
                "\"occurredAt\":\"2026-03-02T08:15:30.123456789Z\"", "\"impact\":\"ONE_DEPARTMENT\"", "打印机");
    }

    @Test
    void configurationItemIdsAndAssetTagsAreWrittenAsPlainTextAndReadBack() {
        CiId id = CiId.parse("0f6b3a52-6d1e-4c0a-9a51-3e2d1c0b9a87");
        ConfigurationItem item = ConfigurationItem.register(id, CiClassCatalogue.hospitalDefault().get("printer"),
                CiDetails.of(AssetTag.of("PRN-5E-01"), "Ward 5E wristband printer 腕带打印机", ServiceCriticality.IMPORTANT)
                        .withLocation(CiLocation.of("Main", "Building 2", "5", null))
                        .withAttributes(Map.of("printerKind", "wristband")),
                CiStatus.IN_USE, DemoHospital.CONFIG_MANAGER_QIAN.staffId(), Samples.AT);
        CiEvent registered = item.pullEvents().get(0);

        String json = codec.write(item.snapshot());
        String event = codec.write(registered);

        assertThat(json).contains("\"id\":\"0f6b3a52-6d1e-4c0a-9a51-3e2d1c0b9a87\"", "\"assetTag\":\"PRN-5E-01\"",
                "\"room\":null", "腕带打印机");
        assertThat(codec.read(json, CiSnapshot.class)).isEqualTo(item.snapshot());
        assertThat(codec.typeOf(registered)).isEqualTo("ci.registered");
        assertThat(event).contains("\"ciId\":\"0f6b3a52-6d1e-4c0a-9a51-3e2d1c0b9a87\"");
        assertThat(codec.readEvent("ci.registered", event)).isEqualTo(registered);
    }

    /** Every article event, from one article's life, reads back equal under its type name, Chinese text included. */
    @Test
    void everyArticleEventRoundTripsEqualUnderItsTypeName() {
        ArticleContent jam = ArticleContent.of(Map.of(ContentLanguage.ZH, ArticleText.of("打印机卡纸", "取出卡纸；𠀀"),
                ContentLanguage.EN, ArticleText.of("Paper jam", "Pull the paper out.")), KnowledgeAudience.ALL_STAFF,
                CategoryCode.of("desktop.printer"), List.of("打印机"), List.of("printer"));
        StaffId lead = StaffId.of("E0100");
        Article article = Article.draft(new ArticleId(new UUID(3, 1)), ArticleNumber.of(2026, 1), jam, Samples.NURSE,
                Samples.AT);
        article.editDraft(jam, Samples.ENGINEER, Samples.AT);
        article.submitForReview(Samples.ENGINEER, Samples.AT);
        article.reject("写清楚型号", lead, Samples.AT);
        article.submitForReview(Samples.ENGINEER, Samples.AT);
        article.approve(lead, Samples.AT);
        article.publish(lead, Samples.AT);
        article.use(DeskCase.ticket(new TicketId(new UUID(9, 1))), Samples.ENGINEER, Samples.AT);
        article.use(DeskCase.contact(new ContactId(new UUID(9, 2))), Samples.ENGINEER, Samples.AT);
        article.draftNewVersion(jam, Samples.ENGINEER, Samples.AT);
        article.submitForReview(Samples.ENGINEER, Samples.AT);
        article.approve(lead, Samples.AT);
        article.publish(lead, Samples.AT);
        article.linkCi(new CiId(new UUID(7, 1)), Samples.ENGINEER, Samples.AT);
        article.unlinkCi(new CiId(new UUID(7, 1)), Samples.ENGINEER, Samples.AT);
        article.retire("打印机已更换", lead, Samples.AT);
        List<ArticleEvent> events = article.pullEvents();

        assertThat(events).extracting(Object::getClass)
                .containsAll(List.of(ArticleEvent.class.getPermittedSubclasses()));
        for (ArticleEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
        ArticleSnapshot snapshot = article.snapshot();
        assertThat(codec.read(codec.write(snapshot), ArticleSnapshot.class)).isEqualTo(snapshot);
        assertThat(codec.write(snapshot)).contains("\"KB-2026-000001\"");
    }

    @Test
    void aTicketSnapshotWithEveryOptionalPartRoundTripsEqual() {
        Ticket ticket = Samples.incident(Samples.number(1), Samples.DESKTOP, Priority.P3, Samples.AT, "Printer jam");
        ticket.overridePriority(new PriorityOverride(Priority.P2, "ward", Samples.ENGINEER, Samples.AT), Samples.ENGINEER,
                Samples.AT);
        ticket.addWorkLog(10, "looked", Samples.ENGINEER, Samples.AT.plus(Duration.ofMinutes(3)));
        ticket.linkContact(new ContactId(java.util.UUID.randomUUID()), Samples.NURSE, Samples.AT);
        ticket.accept(Samples.ENGINEER, Samples.AT);
        ticket.start(Samples.ENGINEER, Samples.AT);
        ticket.resolve(ResolutionCode.FIXED, "cleared", Samples.ENGINEER, Samples.AT);
        TicketSnapshot snapshot = ticket.snapshot();

        assertThat(codec.read(codec.write(snapshot), TicketSnapshot.class)).isEqualTo(snapshot);
    }

    @Test
    void contactSnapshotsOfEveryOutcomeRoundTripEqual() {
        Contact open = Contact.log(new ContactId(java.util.UUID.randomUUID()), Samples.contactDetails(), Samples.NURSE,
                Samples.AT);
        Contact resolved = Contact.restore(open.snapshot());
        resolved.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "restarted", Samples.NURSE, Samples.AT);
        Contact raised = Contact.restore(open.snapshot());
        raised.raisedAs(new org.itilhis.core.ticket.TicketId(java.util.UUID.randomUUID()), Samples.number(3),
                Samples.NURSE, Samples.AT);
        for (ContactSnapshot snapshot : List.of(open.snapshot(), resolved.snapshot(), raised.snapshot())) {
            assertThat(codec.read(codec.write(snapshot), ContactSnapshot.class)).isEqualTo(snapshot);
        }
    }

    /**
     * Problem management appends its events to the same log: each type is read back under its
     * name (a problem logged through the JDBC storage was refused before they were registered).
     */
    @Test
    void everyProblemEventRoundTripsEqualUnderItsTypeName() {
        List<ProblemEvent> events = new ArrayList<>(worked(Problem.log(new ProblemId(UUID.randomUUID()),
                ProblemNumber.of(2026, 1), ProblemDetails.of("Printers jam", "Again", CategoryCode.of("printer")),
                Samples.assessment(Priority.P3, false), Samples.ENGINEER, Samples.DESKTOP, List.of(), Samples.ENGINEER,
                Samples.AT)));
        Problem closed = Problem.log(new ProblemId(UUID.randomUUID()), ProblemNumber.of(2026, 2),
                ProblemDetails.of("Fans fail", "", CategoryCode.of("desktop")), Samples.assessment(Priority.P4, false),
                Samples.ENGINEER, Samples.DESKTOP, List.of(new CiId(UUID.randomUUID())), Samples.ENGINEER, Samples.AT);
        closed.investigate(Samples.ENGINEER, Samples.AT);
        closed.identifyRootCause(CauseCategory.HARDWARE, "Dust", Samples.ENGINEER, Samples.AT);
        closed.recordPermanentFix("Filters", Samples.ENGINEER, Samples.AT);
        closed.resolve("Filters fitted", Samples.ENGINEER, Samples.AT);
        closed.close(Samples.ENGINEER, Samples.AT);
        events.addAll(closed.pullEvents());

        assertThat(events.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ProblemEvent.class.getPermittedSubclasses());
        for (ProblemEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.typeOf(event)).startsWith("problem.");
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
    }

    /**
     * Release management appends its events to the same log: each type is read back under its
     * name, with stage plans, versions, deployments and restorations, and a release replayed from
     * the events read back equals the release.
     */
    @Test
    void everyReleaseEventRoundTripsEqualUnderItsTypeName() {
        ChangeId fix = new ChangeId(UUID.randomUUID());
        ChangeId report = new ChangeId(UUID.randomUUID());
        CiId ward = new CiId(UUID.randomUUID());
        CiId server = new CiId(UUID.randomUUID());
        Release closed = Release.plan(new ReleaseId(UUID.randomUUID()), ReleaseNumber.of(2026, 1),
                SoftwareVersion.of("HIS 5.3.2"), "门诊处方修复 𠀀", Samples.ENGINEER, StagePlan.of(List.of(
                        Stage.of("test"), Stage.hospitalWide("all-wards"), Stage.of("hypercare"))), List.of(fix),
                Samples.ENGINEER, Samples.AT);
        closed.bundleChange(report, Samples.ENGINEER, Samples.AT);
        closed.unbundleChange(report, Samples.ENGINEER, Samples.AT);
        closed.start(Samples.ENGINEER, Samples.AT);
        closed.go("test", "build green", Samples.ENGINEER, Samples.AT);
        closed.deploy(ward, "test", SoftwareVersion.of("5.3.2-build.118"), Optional.empty(), Samples.ENGINEER,
                Samples.AT);
        List<BundledChange> approved = List.of(BundledChange.of(fix, ChangeNumber.of(2026, 7), ChangeStanding.APPROVED));
        closed.go("all-wards", "pilot held", approved, Samples.ENGINEER, Samples.AT);
        closed.deploy(server, "all-wards", SoftwareVersion.of("5.3.2"), Optional.of(SoftwareVersion.of("5.3.1")),
                Samples.ENGINEER, Samples.AT);
        closed.go("hypercare", "no incidents", Samples.ENGINEER, Samples.AT);
        closed.complete(Samples.ENGINEER, Samples.AT);
        closed.close(List.of(BundledChange.of(fix, ChangeNumber.of(2026, 7), ChangeStanding.IMPLEMENTED)),
                Samples.ENGINEER, Samples.AT);
        List<ReleaseEvent> events = new ArrayList<>(closed.pullEvents());
        Release rolledBack = Release.plan(new ReleaseId(UUID.randomUUID()), ReleaseNumber.of(2026, 2),
                SoftwareVersion.of("PACS 8.1"), "PACS viewer", Samples.ENGINEER, StagePlan.hospitalDefault(),
                List.of(fix), Samples.ENGINEER, Samples.AT);
        rolledBack.start(Samples.ENGINEER, Samples.AT);
        rolledBack.go("build", "approved", Samples.ENGINEER, Samples.AT);
        rolledBack.deploy(server, "build", SoftwareVersion.of("8.1"), Optional.empty(), Samples.ENGINEER, Samples.AT);
        rolledBack.noGo("test", "viewer crashes", Samples.ENGINEER, Samples.AT);
        rolledBack.rollBack("viewer crashes", Map.of(server, SoftwareVersion.of("8.0")), Samples.ENGINEER, Samples.AT);
        events.addAll(rolledBack.pullEvents());
        Release cancelled = Release.plan(new ReleaseId(UUID.randomUUID()), ReleaseNumber.of(2026, 3),
                SoftwareVersion.of("LIS 2.0"), "LIS", Samples.ENGINEER, StagePlan.hospitalDefault(), List.of(),
                Samples.ENGINEER, Samples.AT);
        cancelled.cancel("moved to next year", Samples.ENGINEER, Samples.AT);
        events.addAll(cancelled.pullEvents());

        assertThat(events.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ReleaseEvent.class.getPermittedSubclasses());
        List<ReleaseEvent> read = new ArrayList<>();
        for (ReleaseEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.typeOf(event)).startsWith("release.");
            DomainEvent back = codec.readEvent(codec.typeOf(event), json);
            assertThat(back).as(json).isEqualTo(event);
            read.add((ReleaseEvent) back);
        }
        assertThat(Release.replay(read.subList(0, 11)).snapshot()).isEqualTo(closed.snapshot());
        assertThat(codec.read(codec.write(rolledBack.snapshot()), ReleaseSnapshot.class))
                .isEqualTo(rolledBack.snapshot());
        assertThat(codec.write(closed.snapshot())).contains("\"releaseVersion\":\"HIS 5.3.2\"");
    }

    /** Every kind of step on {@code problem} but closing it: links, items, owners, the analysis, a use, reopening, cancelling. */
    private static List<ProblemEvent> worked(Problem problem) {
        TicketId incident = new TicketId(UUID.randomUUID());
        CiId printer = new CiId(UUID.randomUUID());
        problem.linkIncident(incident, Samples.ENGINEER, Samples.AT);
        problem.unlinkIncident(incident, Samples.ENGINEER, Samples.AT);
        problem.linkIncident(incident, Samples.ENGINEER, Samples.AT);
        problem.addAffectedCi(printer, Samples.ENGINEER, Samples.AT);
        problem.removeAffectedCi(printer, Samples.ENGINEER, Samples.AT);
        problem.reassign(Samples.NURSE, Samples.NETWORK, Samples.ENGINEER, Samples.AT);
        problem.reprioritise(Samples.assessment(Priority.P2, false), "Every ward", Samples.ENGINEER, Samples.AT);
        problem.investigate(Samples.ENGINEER, Samples.AT);
        problem.addAnalysisStep("Why?", "Toner clumps", Samples.ENGINEER, Samples.AT);
        problem.identifyRootCause(CauseCategory.CONFIGURATION, "Wrong supplier", Samples.ENGINEER, Samples.AT);
        problem.recordWorkaround("Shake the cartridge", Samples.ENGINEER, Samples.AT);
        problem.publishKnownError(Samples.ENGINEER, Samples.AT);
        problem.applyWorkaround(DeskCase.contact(new ContactId(UUID.randomUUID())), Samples.ENGINEER, Samples.AT);
        problem.applyWorkaround(DeskCase.ticket(incident), Samples.ENGINEER, Samples.AT);
        problem.recordPermanentFix("Approved supplier only", Samples.ENGINEER, Samples.AT);
        problem.resolve("Stock replaced", Samples.ENGINEER, Samples.AT);
        problem.reopen("Jams again", Samples.ENGINEER, Samples.AT);
        problem.cancel("Printers replaced", Samples.ENGINEER, Samples.AT);
        return problem.pullEvents();
    }

    /**
     * Change management appends its events to the same log: every type, from four changes' lives
     * (the board's approval with its board copy, the risk with its explanation, the review with its
     * retrospective, the template, the override), is read back equal under its {@code change.}
     * name.
     */
    @Test
    void everyChangeEventRoundTripsEqualUnderItsTypeName() {
        List<ChangeEvent> events = new ArrayList<>();
        for (Change change : List.of(ChangeLives.closedNormal(change -> { }), ChangeLives.failedEmergency(),
                ChangeLives.backedOutStandard(), ChangeLives.cancelled())) {
            events.addAll(change.pullEvents());
        }

        assertThat(events.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ChangeEvent.class.getPermittedSubclasses());
        for (ChangeEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.typeOf(event)).startsWith("change.");
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
        assertThat(codec.typeOf(events.get(0))).isEqualTo("change.raised");
    }

    /** A change's snapshot at every stage that holds something optional comes back equal, and restores. */
    @Test
    void changeSnapshotsWithEveryOptionalPartRoundTripEqual() {
        List<ChangeSnapshot> snapshots = new ArrayList<>();
        Change closed = ChangeLives.closedNormal(awaiting -> snapshots.add(awaiting.snapshot()));
        Stream.of(closed, ChangeLives.failedEmergency(), ChangeLives.backedOutStandard(),
                ChangeLives.cancelled()).map(Change::snapshot).forEach(snapshots::add);

        for (ChangeSnapshot snapshot : snapshots) {
            String json = codec.write(snapshot);
            ChangeSnapshot read = codec.read(json, ChangeSnapshot.class);
            assertThat(read).as(json).isEqualTo(snapshot);
            assertThat(Change.restore(read).snapshot()).isEqualTo(snapshot);
        }
        assertThat(codec.write(closed.snapshot())).contains("\"number\":\"CHG-2026-000001\"", "\"kind\":\"all-of\"",
                "\"kind\":\"role-must-approve\"", "\"M0001\":[\"IT_DIRECTOR\"]", "𠀀");
    }

    /** The change configuration: boards with their members' seats, a template, weekly and dated windows with effective dates and zones. */
    @Test
    void boardsTemplatesAndWindowsOfBothTimingsRoundTripEqual() {
        List<Object> configuration = new ArrayList<>(List.of(ChangeLives.cab(), ChangeLives.ecab(),
                ChangeLives.template()));
        configuration.addAll(ChangeLives.windows());

        for (Object value : configuration) {
            String json = codec.write(value);
            assertThat(codec.read(json, value.getClass())).as(json).isEqualTo(value);
        }
        assertThat(codec.write(ChangeLives.windows().get(0))).contains("\"kind\":\"weekly\"",
                "\"zone\":\"Asia/Shanghai\"", "\"effectiveFrom\":\"2026-01-01\"", "\"effectiveUntil\":\"2026-12-31\"");
        assertThat(codec.write(ChangeLives.windows().get(1))).contains("\"kind\":\"dated\"",
                "\"start\":\"2027-02-05T18:00:00\"", "\"effectiveUntil\":null");
    }

    /**
     * Every change configuration event (a board, a template, windows of both timings defined anew and
     * over an earlier one, a window removed) comes back equal under its type name, the values whole.
     */
    @Test
    void everyChangeConfigurationEventRoundTripsEqualUnderItsTypeName() {
        ChangeAdvisoryBoard cab = ChangeLives.cab();
        ChangeAdvisoryBoard smallerCab = ChangeAdvisoryBoard.of(cab.id(), cab.name(), false,
                Map.of(Samples.ENGINEER, Set.of(CabRole.CHANGE_MANAGER)));
        ChangeWindow weekly = ChangeLives.windows().get(0);
        ChangeWindow freeze = ChangeLives.windows().get(1);
        List<ChangeConfigurationEvent> events = List.of(
                new ChangeConfigurationEvent.BoardDefined(cab, Optional.empty(), Samples.ENGINEER, Samples.AT),
                new ChangeConfigurationEvent.BoardDefined(smallerCab, Optional.of(cab), Samples.ENGINEER, Samples.AT),
                new ChangeConfigurationEvent.TemplateDefined(ChangeLives.template(), Optional.empty(), Samples.ENGINEER,
                        Samples.AT),
                new ChangeConfigurationEvent.TemplateDefined(ChangeLives.template(), Optional.of(ChangeLives.template()),
                        Samples.ENGINEER, Samples.AT),
                new ChangeConfigurationEvent.WindowDefined(weekly, Optional.empty(), Samples.ENGINEER, Samples.AT),
                new ChangeConfigurationEvent.WindowDefined(freeze, Optional.of(freeze.effective(null, null)),
                        Samples.ENGINEER, Samples.AT),
                new ChangeConfigurationEvent.WindowRemoved(freeze, Samples.ENGINEER, Samples.AT));

        assertThat(events.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ChangeConfigurationEvent.class.getPermittedSubclasses());
        for (ChangeConfigurationEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.typeOf(event)).startsWith("change-configuration.");
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
        assertThat(codec.typeOf(events.get(0))).isEqualTo("change-configuration.board-defined");
        assertThat(codec.typeOf(events.get(6))).isEqualTo("change-configuration.window-removed");
        assertThat(codec.write(events.get(1))).contains("\"previous\":{", "\"M0001\":[\"IT_DIRECTOR\"]");
        assertThat(codec.write(events.get(4))).contains("\"previous\":null", "\"kind\":\"weekly\"");
    }

    /**
     * Every kind of approval rule and of window timing has its {@code kind} name in the codec: a
     * kind added to the core without one would be written under a name nothing reads back.
     */
    @Test
    void everyApprovalRuleAndWindowTimingIsReadBackUnderItsKind() {
        List<ApprovalRule> rules = List.of(ApprovalRule.atLeast(2), ApprovalRule.percentage(60),
                ApprovalRule.roleMustApprove(CabRole.SECURITY), ApprovalRule.quorum(3),
                ApprovalRule.allOf(ApprovalRule.majority(), ApprovalRule.allOf(ApprovalRule.quorum(1))));
        List<ChangeWindow.Timing> timings = List.of(
                new ChangeWindow.Timing.Weekly(WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0))),
                new ChangeWindow.Timing.Dated(LocalDateTime.parse("2027-02-05T18:00"), LocalDateTime.parse("2027-02-13T08:00")));

        assertThat(rules).extracting(Object::getClass).containsExactlyInAnyOrder(ApprovalRule.class.getPermittedSubclasses());
        assertThat(timings).extracting(Object::getClass)
                .containsExactlyInAnyOrder(ChangeWindow.Timing.class.getPermittedSubclasses());
        for (ApprovalRule rule : rules) {
            assertThat(codec.read(codec.write(rule), ApprovalRule.class)).isEqualTo(rule);
            assertThat(codec.write(rule)).startsWith("{\"kind\":\""
                    + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, rule.getClass().getSimpleName()) + "\"");
        }
        for (ChangeWindow.Timing timing : timings) {
            assertThat(codec.read(codec.write(timing), ChangeWindow.Timing.class)).isEqualTo(timing);
        }
    }

    @Test
    void everySlaEventRoundTripsEqualUnderItsTypeName() {
        List<SlaEvent> events = List.of(
                new ThresholdCrossed(new TicketId(java.util.UUID.randomUUID()), Samples.number(7),
                        SlaThreshold.breach(ClockKind.RESOLUTION), Samples.AT, Priority.P2, Samples.DESKTOP,
                        Actor.SYSTEM_ID, Samples.AT.plus(Duration.ofHours(4))),
                new SlaEvent.CatalogueChanged(3, "new PACS service", Samples.ENGINEER, Samples.AT),
                new SlaEvent.CalendarVersionAdded("office-hours", Samples.AT, "2027 holidays", Samples.ENGINEER,
                        Samples.AT));

        assertThat(events).extracting(Object::getClass).containsExactlyInAnyOrder(SlaEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(codec::typeOf)
                .containsExactly("sla.threshold-crossed", "sla.catalogue-changed", "sla.calendar-version-added");
        for (SlaEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
    }

    @Test
    void theSlaConfigurationDocumentKeepsTheCatalogueInOrder() {
        SlaConfiguration configuration = DemoHospital.slaConfiguration();

        String json = codec.write(ConfigurationDocument.of(configuration));

        assertThat(json).contains("\"services\":[").doesNotContain("\"version\"");
        assertThat(codec.read(json, ConfigurationDocument.class).toConfiguration(4))
                .isEqualTo(configuration.atVersion(4));
    }

    @Test
    void aCalendarDefinitionRebuildsTheSameCalendar() {
        BusinessCalendar officeHours = ChinaMainland.officeHours();

        BusinessCalendar rebuilt = codec.read(codec.write(CalendarDefinition.of(officeHours)), CalendarDefinition.class)
                .toCalendar();

        assertThat(CalendarDefinition.of(rebuilt)).isEqualTo(CalendarDefinition.of(officeHours));
        assertThat(rebuilt.deadline(Samples.AT, Duration.ofHours(40)))
                .isEqualTo(officeHours.deadline(Samples.AT, Duration.ofHours(40)));
    }

    @Test
    void anUnknownEventTypeIsAStorageFailure() {
        assertThatThrownBy(() -> codec.readEvent("ticket.teleported", "{}")).isInstanceOf(StorageException.class)
                .hasMessageContaining("ticket.teleported");
    }

    @Test
    void optionalsMayBeMissingFromOlderRows() {
        TicketEvent.Assigned assigned = (TicketEvent.Assigned) codec.readEvent("ticket.assigned",
                "{\"ticketId\":\"" + java.util.UUID.randomUUID() + "\",\"group\":\"desktop-first-line\","
                        + "\"tier\":\"FIRST_LINE\",\"reassignment\":false,\"actor\":\"N1001\","
                        + "\"occurredAt\":\"2026-03-02T08:00:00Z\"}");
        assertThat(assigned.engineer()).isEqualTo(Optional.empty());
    }
}
