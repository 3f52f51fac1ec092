package org.itilhis.core.shared;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.calendar.HolidayNotice;
import org.itilhis.core.calendar.HolidayNoticeRejectedException;
import org.itilhis.core.calendar.StatutoryHolidays;
import org.itilhis.core.change.AlreadyVotedException;
import org.itilhis.core.change.ApprovalInThePastException;
import org.itilhis.core.change.CabAlreadyDecidedException;
import org.itilhis.core.change.CabDecision;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeAction;
import org.itilhis.core.change.ChangeClosedException;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.ChangeWithoutCisException;
import org.itilhis.core.change.ChangeWorkflows;
import org.itilhis.core.change.ConflictOverrideNotAllowedException;
import org.itilhis.core.change.InvalidChangeWindowException;
import org.itilhis.core.change.NotACabMemberException;
import org.itilhis.core.change.OutsideTemplateException;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeWindowEffectiveDatesException;
import org.itilhis.core.change.schedule.ChangeWindowEndsBeforeStartException;
import org.itilhis.core.change.schedule.ChangeWindowWithoutItemsException;
import org.itilhis.core.change.schedule.ScheduledChangeEndsBeforeStartException;
import org.itilhis.core.change.schedule.ScheduledChangeWithoutItemsException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.ClassChangeException;
import org.itilhis.core.cmdb.DuplicateAssetTagException;
import org.itilhis.core.cmdb.InvalidCiAttributesException;
import org.itilhis.core.cmdb.RelationshipNotAllowedException;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.knowledge.ArticleAction;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleRetiredException;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.ArticleWorkflows;
import org.itilhis.core.knowledge.ReviewerIsAuthorException;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.problem.IncidentAlreadyLinkedException;
import org.itilhis.core.problem.IncidentNotLinkedException;
import org.itilhis.core.problem.ProblemAction;
import org.itilhis.core.problem.ProblemClosedException;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.problem.ProblemWorkflows;
import org.itilhis.core.machineroom.MachineRoomRefusals;
import org.itilhis.core.release.ReleaseRefusals;
import org.itilhis.core.repair.RepairRefusals;
import org.itilhis.core.notification.WebhookRefusals;
import org.itilhis.core.stock.StockRefusals;
import org.itilhis.core.notification.NotificationRefusals;
import org.itilhis.core.workload.WorkloadRefusals;
import org.itilhis.core.release.ReleaseWorkflows;
import org.itilhis.core.calendar.InvalidScheduleException;
import org.itilhis.core.roster.RosterRefusals;
import org.itilhis.core.inspection.InspectionRefusals;
import org.itilhis.core.backup.BackupRefusals;
import org.itilhis.core.roster.SwapWorkflows;
import org.itilhis.core.ticket.MajorIncidentPriorityException;
import org.itilhis.core.ticket.NotAnIncidentException;
import org.itilhis.core.ticket.QuietPeriodNotElapsedException;
import org.itilhis.core.ticket.RatingNotAllowedException;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketAction;
import org.itilhis.core.ticket.TicketClosedException;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.ticket.TicketWorkflows;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.itilhis.core.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bilingual message catalogue: both files carry the same keys with real texts, and
 * every refusal core can produce reads properly in English and in Simplified Chinese.
 */
class MessagesTest {
    private static final String ENGLISH = "org/itilhis/core/messages.properties";
    private static final String CHINESE = "org/itilhis/core/messages_zh.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final TicketNumber NUMBER = TicketNumber.of(TicketType.INCIDENT, 2026, 42);
    private static final ProblemNumber PROBLEM = ProblemNumber.of(2026, 1);
    private static final ArticleNumber ARTICLE = ArticleNumber.of(2026, 7);
    private static final ChangeNumber CHANGE = ChangeNumber.of(2026, 3);
    private static final TicketId INCIDENT = TicketId.parse("3f1c2a4e-0000-4000-8000-000000000042");

    /** Every workflow core declares; their guards need texts. */
    private static final List<Workflow<?, ?, ?>> WORKFLOWS =
            List.of(TicketWorkflows.INCIDENT, TicketWorkflows.SERVICE_REQUEST, Contact.WORKFLOW,
                    ProblemWorkflows.PROBLEM, ArticleWorkflows.ARTICLE, ChangeWorkflows.CHANGE,
                    ReleaseWorkflows.RELEASE, SwapWorkflows.SWAP);

    private static Map<String, String> load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, UTF_8)) {
                properties.load(reader);
            }
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Set<String> placeholders(String text) {
        Set<String> indices = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            indices.add(m.group(1));
        }
        return indices;
    }

    /** One of each refusal core can throw, with every variant of its code; release management's listed apart. */
    static Stream<DomainException> everyRefusal() {
        return Stream.of(ReleaseRefusals.everyRefusal(), RosterRefusals.everyRefusal(), WorkloadRefusals.everyRefusal(),
                MachineRoomRefusals.everyRefusal(),
                InspectionRefusals.everyRefusal(),
                BackupRefusals.everyRefusal(),
                StockRefusals.everyRefusal(),
                RepairRefusals.everyRefusal(),
                WebhookRefusals.everyRefusal(),
                NotificationRefusals.everyRefusal(),
                org.itilhis.core.availability.AvailabilityRefusals.everyRefusal(),
                org.itilhis.core.monitoring.MonitoringRefusals.everyRefusal(),
                Stream.<DomainException>of(
                new VersionConflictException("fault", "inspection MR-DAILY/temperature/42", 0, 1),
                new VersionConflictException("backup-job", "HIS-DB-NIGHTLY", 3, 4),
                new VersionConflictException("backup-run", "HIS-DB-NIGHTLY rman-20261206", 0, 1),
                new VersionConflictException("restore-test", "5c0f6a2e-0000-4000-8000-000000000001", 0, 1),
                new VersionConflictException("missed-backup", "HIS-DB-NIGHTLY due 2026-12-06T18:00:00Z", 0, 1),
                new InvalidScheduleException("schedule", "every morning"),
                new ChangeWindowEndsBeforeStartException("Spring Festival freeze", LocalDateTime.parse("2027-02-13T08:00"),
                        LocalDateTime.parse("2027-02-05T18:00")),
                new ChangeWindowEffectiveDatesException("HIS outpatient peak", LocalDate.parse("2027-03-01"),
                        LocalDate.parse("2027-02-28")),
                new ChangeWindowWithoutItemsException("HIS outpatient peak"),
                new ScheduledChangeEndsBeforeStartException(ChangeNumber.of(2027, 1), Instant.parse("2027-03-01T02:00:00Z"),
                        Instant.parse("2027-03-01T01:00:00Z")),
                new ScheduledChangeWithoutItemsException(ChangeNumber.of(2027, 1)),
                new IllegalTransitionException("incident", TicketStatus.RESOLVED, TicketAction.START,
                        List.of(TicketAction.CONFIRM, TicketAction.REOPEN)),
                new IllegalTransitionException("incident", TicketStatus.CLOSED, TicketAction.START, List.of()),
                new MissingRequiredFieldException("incident", TicketAction.RESOLVE, TicketWorkflows.RESOLUTION_NOTE),
                new GuardFailedException("incident", TicketAction.START, TicketWorkflows.ENGINEER_NAMED),
                new GuardFailedException("incident", TicketAction.ESCALATE, TicketWorkflows.BELOW_VENDOR_TIER),
                new TicketClosedException(NUMBER, TicketStatus.CANCELLED),
                new RatingNotAllowedException(NUMBER, TicketStatus.RESOLVED, false),
                new RatingNotAllowedException(NUMBER, TicketStatus.CLOSED, true),
                new NotAnIncidentException(TicketNumber.of(TicketType.SERVICE_REQUEST, 2026, 7)),
                new MajorIncidentPriorityException(NUMBER, Priority.P3),
                new QuietPeriodNotElapsedException(NUMBER, Instant.parse("2026-03-05T08:00:00Z")),
                new NotPermittedException(StaffId.of("N1001"), Permission.RESOLVE, NUMBER.toString()),
                new VersionConflictException("ticket", NUMBER.toString(), 1234, 1236),
                new VersionConflictException("contact", "3f1c", 1, 2),
                new VersionConflictException("ci", "SRV-2023-0412", 3, 4),
                new RelationshipNotAllowedException(RelationshipType.RUNS_ON, "server", "his"),
                new ClassChangeException(AssetTag.of("SRV-2023-0412"), "server", "printer"),
                new DuplicateAssetTagException(AssetTag.of("SRV-2023-0412")),
                invalidCiAttributes(),
                holidayNoticeRejected(),
                new ProblemClosedException(PROBLEM, ProblemStatus.CANCELLED),
                new IncidentAlreadyLinkedException(PROBLEM, INCIDENT),
                new IncidentNotLinkedException(PROBLEM, INCIDENT),
                new IllegalTransitionException("problem", ProblemStatus.UNDER_INVESTIGATION,
                        ProblemAction.RECORD_WORKAROUND, List.of(ProblemAction.ADD_ANALYSIS_STEP,
                        ProblemAction.IDENTIFY_ROOT_CAUSE, ProblemAction.CANCEL)),
                new MissingRequiredFieldException("problem", ProblemAction.IDENTIFY_ROOT_CAUSE,
                        ProblemWorkflows.CAUSE_CATEGORY),
                new GuardFailedException("problem", ProblemAction.PUBLISH_KNOWN_ERROR,
                        ProblemWorkflows.WORKAROUND_RECORDED),
                new GuardFailedException("problem", ProblemAction.RESOLVE, ProblemWorkflows.PERMANENT_FIX_RECORDED),
                new ReviewerIsAuthorException(ARTICLE, 2, StaffId.of("A1001")),
                new ArticleRetiredException(ARTICLE),
                new IllegalTransitionException("article", ArticleStatus.PUBLISHED, ArticleAction.SUBMIT,
                        List.of(ArticleAction.NEW_VERSION, ArticleAction.USE, ArticleAction.RETIRE)),
                new MissingRequiredFieldException("article", ArticleAction.REJECT, ArticleWorkflows.REASON),
                new GuardFailedException("article", ArticleAction.PUBLISH, ArticleWorkflows.REVIEW_APPROVED),
                new GuardFailedException("article", ArticleAction.NEW_VERSION,
                        ArticleWorkflows.NO_VERSION_IN_PROGRESS),
                new ChangeWithoutCisException(),
                new InvalidChangeWindowException(Instant.parse("2026-03-05T22:00:00Z"), Instant.parse("2026-03-05T21:00:00Z")),
                outsideTemplate(true),
                outsideTemplate(false),
                new NotACabMemberException(CabId.of("cab"), StaffId.of("N1001")),
                new AlreadyVotedException(CabId.of("cab"), StaffId.of("D1001")),
                new CabAlreadyDecidedException(CabId.of("ecab"), StaffId.of("D1001"), CabDecision.REJECTED),
                new ApprovalInThePastException(CHANGE, Instant.parse("2026-03-05T14:00:00Z"),
                        Instant.parse("2026-03-05T15:00:00Z")),
                new ConflictOverrideNotAllowedException(CHANGE, ChangeModel.NORMAL),
                new ChangeClosedException(CHANGE, ChangeStatus.REJECTED),
                new IllegalTransitionException("change", ChangeStatus.DRAFT, ChangeAction.SCHEDULE,
                        List.of(ChangeAction.REVISE_PLANS, ChangeAction.SUBMIT, ChangeAction.CANCEL)),
                new MissingRequiredFieldException("change", ChangeAction.SCHEDULE, ChangeWorkflows.WINDOW),
                new GuardFailedException("change", ChangeAction.SUBMIT, ChangeWorkflows.BACKOUT_PLAN_GIVEN),
                new GuardFailedException("change", ChangeAction.CLOSE, ChangeWorkflows.RETROSPECTIVE_RECORDED))).flatMap(refusals -> refusals);
    }

    private static OutsideTemplateException outsideTemplate(boolean scope) {
        CiId printer = CiId.parse("3f1c2a4e-0000-4000-8000-000000000007");
        ChangeTemplate template = new ChangeTemplate("ward-printer-swap", "Ward printer swap",
                com.google.common.collect.ImmutableSet.of("printer"), com.google.common.collect.ImmutableSet.of(),
                com.google.common.collect.ImmutableList.of(WeeklyWindow.weekdays(java.time.LocalTime.of(14, 0),
                        java.time.LocalTime.of(17, 0))), java.time.ZoneId.of("Asia/Shanghai"), RiskLevel.LOW);
        try {
            // Thursday 2026-03-05, 15:00 to 16:00 in Shanghai: inside the window.
            template.checkAdmits(Map.of(printer, scope ? "server" : "printer"), PlannedWindow.of(
                    Instant.parse(scope ? "2026-03-05T07:00:00Z" : "2026-03-05T12:00:00Z"),
                    Instant.parse(scope ? "2026-03-05T08:00:00Z" : "2026-03-05T13:00:00Z")));
            throw new AssertionError("the template admitted the change");
        } catch (OutsideTemplateException e) {
            return e;
        }
    }

    private static HolidayNoticeRejectedException holidayNoticeRejected() {
        try {
            HolidayNotice.read(2027, "2027-02-22 WORKDAY Spring Festival adjustment\n",
                    StatutoryHolidays.chinaMainland());
            throw new AssertionError("a working Monday was accepted");
        } catch (HolidayNoticeRejectedException e) {
            return e;
        }
    }

    private static InvalidCiAttributesException invalidCiAttributes() {
        try {
            CiClassCatalogue.hospitalDefault().get("server").checkValid(Map.of("ipAddress", "10.0.0.256"));
            throw new AssertionError("the server was accepted");
        } catch (InvalidCiAttributesException e) {
            return e;
        }
    }

    @Test
    void bothCataloguesHaveExactlyTheSameKeys() throws IOException {
        assertThat(load(CHINESE).keySet()).containsExactlyElementsOf(load(ENGLISH).keySet());
    }

    @Test
    void everyTextIsFilledIn() throws IOException {
        for (String resource : List.of(ENGLISH, CHINESE)) {
            assertThat(load(resource)).as(resource).isNotEmpty().allSatisfy(
                    (key, text) -> assertThat(text).as("%s in %s", key, resource).isNotBlank());
        }
    }

    @Test
    void everyChineseTextIsWrittenInChinese() throws IOException {
        assertThat(load(CHINESE)).allSatisfy((key, text) -> assertThat(hasHan(text)).as("%s: %s", key, text).isTrue());
    }

    @Test
    void noEnglishTextIsWrittenInChinese() throws IOException {
        assertThat(load(ENGLISH)).allSatisfy((key, text) -> assertThat(hasHan(text)).as("%s: %s", key, text).isFalse());
    }

    @Test
    void bothTextsOfAKeyUseTheSamePlaceholders() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> chinese = load(CHINESE);

        assertThat(english).allSatisfy((key, text) ->
                assertThat(placeholders(chinese.getOrDefault(key, ""))).as(key).isEqualTo(placeholders(text)));
    }

    @Test
    void noTextHasALoneApostropheWhichMessageFormatWouldSwallow() throws IOException {
        for (String resource : List.of(ENGLISH, CHINESE)) {
            assertThat(load(resource)).allSatisfy((key, text) ->
                    assertThat(text.replace("''", "")).as("%s in %s", key, resource).doesNotContain("'"));
        }
    }

    @Test
    void everyRefusalOfCoreIsCoveredHere() {
        Set<String> covered = everyRefusal().map(e -> e.getClass().getName()).collect(Collectors.toSet());
        Set<String> declared = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itilhis.core").stream()
                .filter(c -> c.isAssignableTo(DomainException.class))
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(covered).as("add an instance of each new domain exception to everyRefusal()")
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRefusal")
    void everyRefusalReadsInEnglishAndInChinese(DomainException refusal) {
        String english = refusal.messageIn(Locale.ENGLISH);
        String chinese = refusal.messageIn(Locale.SIMPLIFIED_CHINESE);

        for (String text : List.of(english, chinese)) {
            assertThat(text).doesNotStartWith(refusal.code()).doesNotContain("{", "}").doesNotContain("guard.");
        }
        assertThat(english).isEqualTo(refusal.getMessage()).isNotEqualTo(chinese);
        assertThat(hasHan(chinese)).as(chinese).isTrue();
        assertThat(hasHan(english)).as(english).isFalse();
    }

    @Test
    void aLocaleWithoutTranslationReadsInEnglish() {
        NotAnIncidentException refusal = new NotAnIncidentException(NUMBER);

        assertThat(refusal.messageIn(Locale.GERMAN)).isEqualTo(refusal.messageIn(Locale.ENGLISH));
        assertThat(refusal.messageIn(Locale.forLanguageTag("zh-Hans"))).isEqualTo(refusal.messageIn(Locale.SIMPLIFIED_CHINESE));
        assertThat(refusal.messageIn(Locale.forLanguageTag("zh"))).isEqualTo(refusal.messageIn(Locale.SIMPLIFIED_CHINESE));
        assertThat(refusal.messageIn(Locale.forLanguageTag("zh-SG"))).isEqualTo(refusal.messageIn(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void versionsAreShownWithoutGroupingSeparators() {
        VersionConflictException conflict = new VersionConflictException("ticket", NUMBER.toString(), 1234, 1236);

        assertThat(conflict.messageIn(Locale.ENGLISH)).contains("1234", "1236").doesNotContain("1,234");
        assertThat(conflict.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("1234", "1236");
    }

    @Test
    void theMessageNamesTheRecordAndTheArgumentsInBothLanguages() {
        TicketClosedException refusal = new TicketClosedException(NUMBER, TicketStatus.CLOSED);

        assertThat(refusal.getMessage()).isEqualTo("Ticket INC-2026-000042 is closed: nothing more can be recorded on it");
        assertThat(refusal.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("INC-2026-000042");
        assertThat(refusal.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("已关闭");
        assertThat(refusal.arguments()).containsExactly("INC-2026-000042", Text.label(TicketStatus.CLOSED));
    }

    @Test
    void everyGuardOfEveryWorkflowHasATextInBothLanguages() {
        Set<String> guards = WORKFLOWS.stream().flatMap(w -> w.transitions().stream())
                .flatMap(t -> t.guards().stream()).map(g -> g.name()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(guards).isNotEmpty();
        for (String guard : guards) {
            Text text = Text.of("guard." + guard);
            assertThat(text.in(Locale.ENGLISH)).as(guard).doesNotStartWith("guard.");
            assertThat(hasHan(text.in(Locale.SIMPLIFIED_CHINESE))).as(guard).isTrue();
        }
    }

    @Test
    void anUnknownKeyFallsBackToTheKeyAndItsArguments() {
        assertThat(Messages.format("no.such-key", Locale.ENGLISH, "a", 1)).isEqualTo("no.such-key [a, 1]");
    }
}
