package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.adapters.jdbc.change.JdbcChangeStores;
import org.itilhis.adapters.jdbc.servicedesk.JdbcOnCallPages;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeDetails;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleText;
import org.itilhis.core.knowledge.ContentLanguage;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.detection.Dismissal;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.AuditTrailCheck.Fault;
import org.itilhis.ports.common.AuditTrailCheck;
import org.itilhis.ports.common.IdempotentOutcome;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Least privilege on one database (issue 14, {@code docs/database-roles.md}): the schema
 * migrated by its owner, the shipped grants script run for the runtime role (twice, as after
 * an upgrade), and the application running as a user with that role. The real write path works
 * and its events are sealed into a chain that holds; the runtime user can neither change nor
 * delete an event, nor rewrite a sealed one's position or hash, while the owner can change and
 * delete (and the verification finds it). A runtime user without the grants, or on a schema
 * nobody migrated, is refused when the storage is created, with what to do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseRolesBehaviour {
    private RoleScratch scratch;
    private HikariDataSource owner;
    private HikariDataSource application;
    private JdbcServiceDeskStorage storage;

    protected abstract DatabaseServer database();

    @BeforeAll
    void migrateAsTheOwnerAndGrantTheRuntimeRole() {
        scratch = new RoleScratch(database());
        owner = scratch.ownerPool();
        JdbcServiceDeskStorage.migrate(owner, JdbcServiceDeskStorage.detect(owner));
        scratch.grantTheRuntimeRole();
        scratch.grantTheRuntimeRole();
        // on MariaDB the runtime user may not even connect before the grants
        application = scratch.applicationPool();
        storage = JdbcServiceDeskStorage.create(DatabaseRoles.ownerAndRuntime(owner, application));
        raiseAndSealATicket();
    }

    @AfterAll
    void dropTheSchemaAndTheUsers() {
        if (scratch != null) {
            scratch.close();
        }
    }

    @Test
    void theApplicationRaisesMeasuresAndSealsAsTheRuntimeUserAndTheChainHolds() throws InterruptedException {
        ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
        MutableClock clock = MutableClock.at("2026-03-02T01:00:00Z");
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
        ServiceLevels levels = ServiceLevels.create(new ServiceLevelPorts(ports, storage.slaConfiguration(),
                storage.watches(), storage.standings(), storage.escalations()), DemoHospital.settings(), desk);
        Cmdb cmdb = Cmdb.create(new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                storage.cmdb().faultIncidentLinks()),
                CmdbSettings.hospitalDefault(), DemoHospital.settings(), validators.getValidator(), desk);
        DemoHospital.configureServiceLevels(levels.administration());

        CiView pacs = cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "server", new CiData(
                "SRV-" + System.nanoTime(), "PACS node", null, "Main campus", "Building 7", "B1", null, "radiology", null,
                ServiceCriticality.CLINICAL_CRITICAL, null, null, Map.of("hostname", "pacs-01", "ipAddress", "10.2.0.1")), CiStatus.IN_USE));
        ContactView call = desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                DemoHospital.DOCTOR_ZHAO.staffId(), DemoHospital.RADIOLOGY, null, "3301", "PACS images load slowly"));
        TicketView incident = cmdb.items().raiseAgainst(new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(),
                TicketType.INCIDENT, "PACS node down", "his", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.GENERAL,
                false, null), Set.of(pacs.item().id()));
        desk.tickets().handle(new TicketCommand.Assign(AGENT_CHEN, incident.id(), incident.version(),
                DemoHospital.DESKTOP, DemoHospital.ENGINEER_LIU.staffId()));
        levels.monitor().run();
        desk.queries().ticket(DemoHospital.ENGINEER_LIU.withOrigin("10.12.0.7"), incident.id());
        assertThat(storage.personalDataReads().find(ReadAuditQuery.all(10).ofRecord(incident.id().toString())))
                .as("the read recorded as the runtime user").hasSize(1);
        assertThat(storage.configurationItems().revision()).isPositive();
        StaffId nurse = StaffId.of("N0001");
        IdempotentOutcome outcome = new IdempotentOutcome("sha256", 201, "/api/v1/contacts/1", "{}", Instant.EPOCH);
        assertThat(storage.idempotency().record(nurse, "key-1", outcome, Instant.EPOCH)).isTrue();
        assertThat(storage.idempotency().purgeRecordedBefore(Instant.EPOCH.plusSeconds(1))).isEqualTo(1);
        AtomicInteger runs = new AtomicInteger();
        try (ClusterTimers timers = ClusterTimers.start(application, "node-a", Duration.ofMillis(50),
                List.of(new ClusterTimers.Timer("runtime-role", Duration.ofMillis(10), runs::incrementAndGet)))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (runs.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        validators.close();

        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
        assertThat(storage.watches().find(incident.id())).isPresent();
        assertThat(storage.events().history(incident.id().toString())).hasSizeGreaterThanOrEqualTo(2);
        AuditTrailCheck check = storage.events().verify();
        assertThat(check.holds()).isTrue();
        assertThat(check.eventsChecked()).isEqualTo(count("SELECT COUNT(*) FROM event")).isGreaterThan(4);
        assertThat(count("SELECT COUNT(*) FROM event WHERE position IS NULL OR chain_hash IS NULL")).isZero();
    }

    @Test
    void theRuntimeUserMayNotChangeWhatAnEventSays() {
        for (String column : List.of("payload", "actor", "type", "aggregate_id", "occurred_at")) {
            assertRefused(application, "UPDATE event SET " + column + " = " + column + " WHERE position = 1");
        }
    }

    @Test
    void theRuntimeUserMayNotDeleteAnEventNorTheChainsHead() {
        assertRefused(application, "DELETE FROM event WHERE position = 1");
        assertRefused(application, "DELETE FROM event_chain");
    }

    @Test
    void theRuntimeUserMayNeitherChangeNorDeleteARecordedReadNorChooseItsPlace() {
        assertRefused(application, "UPDATE personal_data_read SET reader = 'someone-else'");
        assertRefused(application, "DELETE FROM personal_data_read");
        // refused for want of a privilege on MariaDB; PostgreSQL refuses a value for an identity
        // generated always (SQL state 428C9) before it looks at the column's privilege
        assertThatThrownBy(() -> update(application, "INSERT INTO personal_data_read (seq, read_at, reader, "
                + "record_kind, record_id, purpose) VALUES (1000000, CURRENT_TIMESTAMP, 'E0101', 'TICKET', 't-1', "
                + "'ticket')")).isInstanceOf(SQLException.class);
    }

    /** Problem management as the runtime user: numbers drawn, dismissals kept and never rewritten. */
    @Test
    void theRuntimeUserDrawsProblemNumbersAndRecordsDismissalsButMayNeitherChangeNorDeleteOne() {
        assertThat(storage.problem().numbers().next(2026).toString()).startsWith("PRB-2026-");
        Dismissal dismissal = new Dismissal("same-ci", "ci:00000000-0000-0000-0000-00000000c001",
                Instant.parse("2026-03-02T01:00:00Z"), StaffId.of("PM001"), "a bad batch of wristband labels, replaced");
        storage.problem().dismissals().record(dismissal);

        assertThat(storage.problem().dismissals().list()).contains(dismissal);
        assertRefused(application, "UPDATE problem_dismissal SET reason = 'never happened'");
        assertRefused(application, "DELETE FROM problem_dismissal");
    }

    /** On-call routing as the runtime user: a page recorded and settled, and never deleted. */
    @Test
    void theRuntimeUserRecordsAndSettlesOnCallPagesButMayNotDeleteOne() {
        JdbcOnCallPages pages = storage.serviceDesk().onCallPages();
        Instant night = Instant.parse("2026-03-02T14:00:00Z");
        OnCallPage page = OnCallPage.of(new TicketId(new UUID(17, 1)), TicketNumber.parse("INC-2026-000042"),
                DemoHospital.DESKTOP, List.of(DemoHospital.ENGINEER_LIU.staffId(), DemoHospital.LEAD_SUN.staffId()), 0,
                night, Duration.ofMinutes(15));

        assertThat(storage.transactions().inTransaction(() -> pages.record(page))).isTrue();
        assertThat(storage.transactions().inTransaction(() -> pages.settle(page.ticket(), 0,
                OnCallPage.Outcome.PASSED_ON, night.plusSeconds(900)))).isTrue();

        assertThat(pages.of(page.ticket())).containsExactly(page.settled(OnCallPage.Outcome.PASSED_ON,
                night.plusSeconds(900)));
        assertRefused(application, "DELETE FROM on_call_page");
    }

    /** Knowledge management as the runtime user: article numbers drawn, an article in Chinese kept, changed and found. */
    @Test
    void theRuntimeUserDrawsArticleNumbersAndKeepsArticles() {
        ArticleNumber number = storage.knowledge().numbers().next(2026);
        CiId printer = new CiId(new UUID(7, 1));
        Article article = Article.draft(storage.knowledge().articles().nextId(), number, ArticleContent.of(
                        Map.of(ContentLanguage.ZH, ArticleText.of("门诊打印机卡纸", "关闭电源，取出卡纸。")),
                        KnowledgeAudience.ALL_STAFF, CategoryCode.of("desktop.printer"), List.of("打印机"), List.of()),
                AGENT_CHEN.staffId(), Instant.parse("2026-03-02T01:00:00Z"));
        article.linkCi(printer, AGENT_CHEN.staffId(), Instant.parse("2026-03-02T01:01:00Z"));
        storage.transactions().inTransaction(() -> {
            storage.knowledge().articles().save(article);
            return null;
        });
        article.pullEvents();
        article.unlinkCi(printer, AGENT_CHEN.staffId(), Instant.parse("2026-03-02T01:02:00Z"));
        storage.transactions().inTransaction(() -> {
            storage.knowledge().articles().save(article);
            return null;
        });

        assertThat(number.toString()).startsWith("KB-2026-");
        assertThat(storage.knowledge().articles().findByNumber(number)).map(Article::snapshot)
                .contains(article.snapshot());
        assertThat(storage.knowledge().articles().search(ArticleSearch.all(10).linkedTo(printer))).isEmpty();
    }

    /**
     * Change management as the runtime user: change numbers drawn, a change kept, changed and
     * found by its item, and the configuration saved, replaced and a window removed.
     */
    @Test
    void theRuntimeUserDrawsChangeNumbersAndKeepsChangesAndTheirConfiguration() {
        JdbcChangeStores change = storage.change();
        ChangeNumber number = change.numbers().next(2026);
        CiId server = new CiId(new UUID(7, 2));
        StaffId manager = DemoHospital.CHANGE_MANAGER_LIN.staffId();
        Instant raisedAt = Instant.parse("2026-03-02T01:00:00Z");
        Change patch = Change.raise(change.changes().nextId(), number, ChangeModel.NORMAL, ChangeRequest.of(
                        ChangeDetails.of("修补 HIS 应用服务器", "厂商安全补丁"), ChangePlans.of("打补丁", "回滚快照", "挂测试号"),
                        Set.of(server), PlannedWindow.of(raisedAt.plus(Duration.ofDays(2)), raisedAt.plus(Duration.ofDays(2)
                                .plusHours(2))), ExpectedOutage.wholeWindow(), manager, DemoHospital.HIS_SUPPORT, manager),
                manager, raisedAt);
        storage.transactions().inTransaction(() -> {
            change.changes().save(patch);
            return null;
        });
        patch.pullEvents();
        patch.submit(manager, raisedAt.plusSeconds(60));
        ChangeWindow peak = ChangeWindow.recurring(ChangeWindowId.of("his-outpatient-peak"), "HIS 门诊高峰",
                WindowKind.BLACKOUT, Set.of(server), WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0)),
                ZoneId.of("Asia/Shanghai"));
        ChangeAdvisoryBoard cab = ChangeAdvisoryBoard.changeManagerAlone(manager);
        storage.transactions().inTransaction(() -> {
            change.changes().save(patch);
            change.windows().save(peak);
            change.windows().save(peak.effective(null, LocalDate.of(2026, 12, 31)));
            change.boards().save(cab);
            return null;
        });

        assertThat(number.toString()).startsWith("CHG-2026-");
        assertThat(change.changes().search(ChangeSearch.all(10).touching(server))).extracting(Change::snapshot)
                .containsExactly(patch.snapshot());
        assertThat(change.windows().find(peak.id())).contains(peak.effective(null, LocalDate.of(2026, 12, 31)));
        assertThat(change.boards().all()).containsExactly(cab);
        assertThat(storage.transactions().inTransaction(() -> change.windows().remove(peak.id()))).isTrue();
        assertThat(change.windows().all()).isEmpty();
    }

    /** operations: stock. Items, rooms and balances kept as the runtime user, movements appended, the ledger never changed. */
    @Test
    void theRuntimeUserKeepsTheStockButMayNeitherChangeNorDeleteAMovement() {
        org.itilhis.adapters.jdbc.operations.JdbcStockStores stock = storage.stock();
        org.itilhis.core.stock.StockItemCode toner = org.itilhis.core.stock.StockItemCode.of("TONER-HP-88A");
        org.itilhis.core.stock.StoreRoomCode b1 = org.itilhis.core.stock.StoreRoomCode.of("IT-STORE-B1");
        StaffId lead = DemoHospital.LEAD_SUN.staffId();
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        storage.transactions().inTransaction(() -> {
            stock.rooms().save(org.itilhis.core.stock.StoreRoom.of(b1, "信息科库房"));
            stock.items().save(org.itilhis.core.stock.StockItem.define(toner, "HP 88A 硒鼓", "个",
                    org.itilhis.core.stock.StockKind.CONSUMABLE, java.util.Optional.empty(), lead, Map.of(b1, 1L)));
            stock.balances().add(toner, b1, 2);
            stock.balances().markReorderAlerted(toner, b1, true);
            return stock.movements().append(new org.itilhis.core.stock.StockMovement.Received(
                    stock.movements().nextId(), toner, b1, 2, 2, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    lead, at));
        });

        assertThat(stock.balances().find(toner, b1).orElseThrow().quantity()).isEqualTo(2);
        assertThat(stock.movements().ofItem(toner, 0, 10)).hasSize(1);
        assertRefused(application, "DELETE FROM stock_movement");
        assertRefused(application, "UPDATE stock_movement SET quantity = 0");
        assertRefused(application, "DELETE FROM stock_balance");
    }

    /** Replies by e-mail: each handled mail recorded once as the runtime user, never changed or deleted. */
    @Test
    void theRuntimeUserRecordsHandledMailsButMayNeitherChangeNorDeleteOne() {
        org.itilhis.core.notification.MailReply bounce = org.itilhis.core.notification.MailReply.refused(
                "b1@mx.hospital.example", "MAILER-DAEMON@mx.hospital.example", "Undelivered Mail", Instant.parse(
                        "2026-12-07T02:00:00Z"), Instant.parse("2026-12-07T02:01:00Z"),
                org.itilhis.core.notification.MailReplyOutcome.BOUNCE, "empty Return-Path", java.util.Optional.empty());

        assertThat(storage.transactions().inTransaction(() -> storage.mail().replies().record(bounce))).isTrue();

        assertThat(storage.mail().replies().find("b1@mx.hospital.example")).contains(bounce);
        assertRefused(application, "UPDATE mail_reply SET outcome = 'ACCEPTED'");
        assertRefused(application, "DELETE FROM mail_reply");
    }

    /**
     * Monitoring: a source registered and changed, the rules saved, a delivery recorded and a
     * rejection kept as the runtime user; neither an alert nor a rejection changed or deleted.
     */
    @Test
    void theRuntimeUserRecordsAlertsAndRejectionsButMayNeitherChangeNorDeleteOne() {
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        org.itilhis.core.monitoring.AlertSource zabbix = org.itilhis.core.monitoring.AlertSource.register("zabbix",
                org.itilhis.core.monitoring.AlertSourceKind.ZABBIX,
                org.itilhis.core.monitoring.SourceToken.generate(new java.util.Random(1)), java.util.Optional.empty(),
                org.itilhis.core.shared.StaffId.of("M0001"), at);
        org.itilhis.core.monitoring.AlertMappings rules = org.itilhis.core.monitoring.AlertMappings.hospitalDefault();
        rules.replace(java.util.List.of(org.itilhis.core.monitoring.AlertMappingRule.assetTag("asset_tag")),
                org.itilhis.core.shared.StaffId.of("K0001"), at);
        org.itilhis.core.monitoring.ReceivedAlert alert = new org.itilhis.core.monitoring.ReceivedAlert("zabbix", "8812",
                org.itilhis.core.monitoring.AlertStatus.FIRING, "Disk full",
                org.itilhis.core.monitoring.AlertSeverity.WARNING, at, java.util.Optional.empty(), "Disk full on his-db01",
                com.google.common.collect.ImmutableMap.of("host", "his-db01"));

        storage.transactions().inTransaction(() -> {
            storage.monitoring().sources().save(zabbix, 0);
            zabbix.disable(org.itilhis.core.shared.StaffId.of("M0001"), at);
            storage.monitoring().sources().save(zabbix, 1);
            storage.monitoring().mappings().save(rules, 0);
            storage.monitoring().rejections().record(java.util.List.of(new org.itilhis.core.monitoring.AlertRejection(
                    "zabbix", org.itilhis.core.monitoring.RejectionReason.MALFORMED, "body", "not JSON", "{", at)));
            return storage.monitoring().alerts().record(alert, java.util.Optional.empty(), at);
        });

        assertThat(storage.monitoring().alerts().after(0, 10)).hasSize(1);
        assertRefused(application, "UPDATE alert SET status = 'RESOLVED'");
        assertRefused(application, "DELETE FROM alert");
        assertRefused(application, "DELETE FROM alert_rejection");
        assertRefused(application, "DELETE FROM alert_source");
    }

    /**
     * Monitoring's correlation: the correlator's position moved on, an alert's standing kept, an
     * item's state changed twice (its first period closed, a second opened), the alert linked to
     * its incident and a group kept and replaced as the runtime user; neither a link nor a period
     * deleted, nor the position.
     */
    @Test
    void theRuntimeUserCorrelatesAlertsButMayDeleteNeitherALinkNorAPeriod() {
        org.itilhis.adapters.jdbc.monitoring.JdbcCorrelationStores correlation = storage.correlation();
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        org.itilhis.core.cmdb.CiId server = org.itilhis.core.cmdb.CiId.parse("5c0f6a2e-0000-4000-8000-000000000020");
        org.itilhis.core.ticket.TicketId incident =
                org.itilhis.core.ticket.TicketId.parse("5c0f6a2e-0000-4000-8000-000000000021");
        org.itilhis.core.monitoring.AlertStanding firing = new org.itilhis.core.monitoring.AlertStanding("zabbix",
                "8812", server, "Disk full", org.itilhis.core.monitoring.AlertStatus.FIRING,
                org.itilhis.core.monitoring.AlertSeverity.WARNING, at, 1);

        assertThat(storage.transactions().inTransaction(() -> {
            correlation.states().stand(firing);
            correlation.states().change(server, org.itilhis.core.cmdb.OperationalState.DEGRADED, at, "alert 1");
            correlation.states().change(server, org.itilhis.core.cmdb.OperationalState.DOWN, at.plusSeconds(60),
                    "alert 2");
            correlation.incidents().standFor(server, "Disk full", incident);
            correlation.incidents().save(new org.itilhis.ports.monitoring.out.CorrelationGroup(incident, server,
                    java.util.Set.of(), at));
            correlation.incidents().save(new org.itilhis.ports.monitoring.out.CorrelationGroup(incident, server,
                    java.util.Set.of(server), at));
            return correlation.incidents().link(new org.itilhis.ports.monitoring.out.AlertIncidentLink(1, "zabbix",
                    "8812", server, incident)) && correlation.position().advance(0, 1);
        })).isTrue();

        assertThat(correlation.states().periods(java.util.Set.of(server), at, at.plusSeconds(3_600))).hasSize(2);
        assertThat(correlation.position().position()).isEqualTo(1);
        assertRefused(application, "DELETE FROM monitoring_alert_incident");
        assertRefused(application, "DELETE FROM ci_state_period");
        assertRefused(application, "DELETE FROM monitoring_correlator_position");
    }

    /** notifications: the relay's positions moved on and its pending deliveries kept and removed as the runtime user. */
    @Test
    void theRuntimeUserKeepsTheRelaysPositionsAndPendingDeliveriesButMayNotDeleteAPosition() {
        org.itilhis.adapters.jdbc.notification.JdbcRelayStores relay = storage.relay();
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        org.itilhis.core.notification.PendingDelivery pending = org.itilhis.core.notification.PendingDelivery.failed(
                "roles", 2, "ticket-1", "timed out", at, 8, org.itilhis.core.notification.DeliveryBackoff.STANDARD, 0.5);

        assertThat(storage.transactions().inTransaction(() -> relay.positions().start("roles", 0)
                && relay.positions().advance("roles", 0, 2) && relay.deliveries().add(pending)
                && relay.deliveries().replace(pending, pending.dueNow(at)))).isTrue();
        assertThat(storage.transactions().inTransaction(() -> relay.deliveries().remove(pending.dueNow(at)))).isTrue();

        assertThat(relay.positions().find("roles")).contains(2L);
        assertRefused(application, "DELETE FROM relay_position");
    }

    /** Availability: outages declared and ended, targets set and set again as the runtime user; neither ever deleted. */
    @Test
    void theRuntimeUserKeepsDeclaredOutagesAndTargetsButMayDeleteNeither() {
        org.itilhis.adapters.jdbc.availability.JdbcAvailabilityStores availability = storage.availability();
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        org.itilhis.core.cmdb.CiId server = new org.itilhis.core.cmdb.CiId(java.util.UUID.randomUUID());
        org.itilhis.core.availability.DeclaredOutage outage = org.itilhis.core.availability.DeclaredOutage.declare(
                availability.outages().nextId(), new org.itilhis.core.ticket.TicketId(java.util.UUID.randomUUID()),
                org.itilhis.core.ticket.TicketNumber.parse("INC-2026-000123"), server,
                org.itilhis.core.cmdb.OperationalState.DOWN, at.minusSeconds(3600), java.util.Optional.empty(),
                "数据库服务器宕机", DemoHospital.ENGINEER_LIU.staffId(), at);
        org.itilhis.core.availability.ServiceTarget target = org.itilhis.core.availability.ServiceTarget.set(server,
                "HIS outpatient", org.itilhis.core.availability.AvailabilityTarget.percent("99.9"),
                DemoHospital.DIRECTOR_GAO.staffId(), at);
        storage.transactions().inTransaction(() -> {
            availability.outages().save(outage);
            availability.targets().save(target);
            return null;
        });
        outage.pullEvents();
        target.pullEvents();
        outage.end(at, DemoHospital.ENGINEER_LIU.staffId(), at);
        target.change("HIS outpatient", org.itilhis.core.availability.AvailabilityTarget.percent("99.95"),
                DemoHospital.DIRECTOR_GAO.staffId(), at);
        storage.transactions().inTransaction(() -> {
            availability.outages().save(outage);
            availability.targets().save(target);
            return null;
        });

        assertThat(availability.outages().find(outage.id()).orElseThrow().end()).contains(at);
        assertThat(availability.targets().find(server).orElseThrow().version()).isEqualTo(2);
        assertRefused(application, "DELETE FROM declared_outage");
        assertRefused(application, "DELETE FROM availability_target");
    }

    @Test
    void theRuntimeUserMayNotInsertAnEventWithAPositionOrAHash() {
        assertRefused(application, "INSERT INTO event (aggregate_id, type, actor, occurred_at, payload, position) "
                + "SELECT aggregate_id, type, actor, occurred_at, payload, 1000000 FROM event WHERE position = 1");
        assertRefused(application, "INSERT INTO event (aggregate_id, type, actor, occurred_at, payload, chain_hash) "
                + "SELECT aggregate_id, type, actor, occurred_at, payload, chain_hash FROM event WHERE position = 1");
    }

    /** Else the runtime user could reorder sealed events and recompute every hash and the head. */
    @Test
    void nobodyRewritesTheSealOfASealedEvent() {
        for (HikariDataSource who : List.of(application, owner)) {
            assertRefusedAsSealed(who, "UPDATE event SET chain_hash = NULL WHERE position = 1");
            assertRefusedAsSealed(who, "UPDATE event SET position = NULL WHERE position = 1");
            assertRefusedAsSealed(who, "UPDATE event SET position = 1000000 WHERE position = 1");
        }
        assertThat(storage.events().verify().holds()).isTrue();
    }

    @Test
    void theOwnerMayChangeAnEventAndTheVerificationFindsItAtItsPosition() throws SQLException {
        String actor = text("SELECT actor FROM event WHERE position = 2");
        assertThat(update(owner, "UPDATE event SET actor = 'someone-else' WHERE position = 2")).isEqualTo(1);

        AuditTrailCheck check = storage.events().verify();

        assertThat(check.firstBrokenLink()).hasValueSatisfying(link -> {
            assertThat(link.position()).isEqualTo(2);
            assertThat(link.fault()).isEqualTo(Fault.HASH_MISMATCH);
        });
        update(owner, "UPDATE event SET actor = '" + actor + "' WHERE position = 2");
        assertThat(storage.events().verify().holds()).isTrue();
    }

    @Test
    void theOwnerMayDeleteAnEvent() throws SQLException {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            assertThat(statement.executeUpdate("DELETE FROM event WHERE position = 1")).isEqualTo(1);
            connection.rollback();
        }
    }

    @Test
    void aRuntimeUserWithoutTheRuntimeGrantsIsRefusedAtCreationWithWhatToDo() {
        HikariDataSource stranger = scratch.userWithoutTheRuntimeGrants();

        assertThatThrownBy(() -> JdbcServiceDeskStorage.create(DatabaseRoles.ownerAndRuntime(owner, stranger)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("may not read the schema's flyway_schema_history")
                .hasMessageContaining("run the runtime grants");
    }

    @Test
    void aRuntimeDataSourceOnASchemaTheOwnerDidNotMigrateIsRefusedAtCreationWithWhatToDo() {
        HikariDataSource elsewhere = scratch.applicationOnAnUnmigratedSchema();

        assertThatThrownBy(() -> JdbcServiceDeskStorage.create(DatabaseRoles.ownerAndRuntime(owner, elsewhere)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("the runtime data source sees no migrated schema")
                .hasMessageContaining("point it at the database and schema the owner migrated");
    }

    /** One raised ticket, sealed by a follower's read, so that positions 1 and 2 exist for every test. */
    private void raiseAndSealATicket() {
        storage.events().append(List.copyOf(Samples.everyTicketEvent()));
        assertThat(storage.events().readAfter(0, 1000)).hasSizeGreaterThan(2);
    }

    private void assertRefused(HikariDataSource who, String sql) {
        assertThatThrownBy(() -> update(who, sql))
                .isInstanceOfSatisfying(SQLException.class, failure -> assertThat(scratch.isPermissionDenied(failure))
                        .as("%s refused for want of a privilege (SQL state %s, error code %s)", sql,
                                failure.getSQLState(), failure.getErrorCode())
                        .isTrue());
    }

    private static void assertRefusedAsSealed(HikariDataSource who, String sql) {
        assertThatThrownBy(() -> update(who, sql))
                .isInstanceOfSatisfying(SQLException.class, failure -> assertThat(RoleScratch.isRefusedAsSealed(failure))
                        .as("%s refused by event_sealed_once", sql)
                        .isTrue());
    }

    private static int update(HikariDataSource who, String sql) throws SQLException {
        try (Connection connection = who.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private long count(String sql) {
        try (Connection connection = owner.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = owner.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
