package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.fields;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.inspection.RoundEvent;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workload report over HTTP: engineer Liu fixes nurse Wang's printer in his day shift and
 * stays after it, specialist Huang restores the inpatient pharmacy on the Qingming holiday; the
 * director reads the two months as JSON, CSV and an Excel workbook, in English and in Chinese,
 * the same numbers in each; each reader sees only whose figures they may; bad periods are named.
 */
class WorkloadHttpTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String MARCH_AND_APRIL = "?from=2026-03-01&to=2026-05-01";
    private static final String REPORT = "/api/v1/reports/workload";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The figures as the exports' columns show them after the key, by their names in the JSON. */
    private static final List<String> FIGURES = List.of("ticketsWorked", "accepted", "resolved", "escalated",
            "reassignedAway", "contactsLogged", "solvedAtFirstContact", "firstContactResolutionPercent",
            "workLogEntries", "minutesWorked", "normalMinutes", "overtimeMinutes", "holidayMinutes", "dutyMinutes",
            "reopened", "reopenPercent", "pingPong", "slaMet", "slaBreached", "slaCompliancePercent", "ratings",
            "meanSatisfaction", "roundsRecorded", "roundsLate", "roundsMissed", "roundCompletionPercent",
            "repairsOpened", "repairsClosed", "backupRunsRecorded", "restoreTests", "stockIssues");

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        // Liu's day shift on Monday 2 March 2026; the desk's clock starts at its 08:00.
        api.duties.add(new Duty(ENGINEER_LIU.staffId(), DESKTOP, "DAY", ShiftKind.DAY, at("2026-03-02T08:00"),
                at("2026-03-02T17:30")));
        TicketId printer = raise("printer", "Nurse station printer jams", ServiceCriticality.GENERAL);
        handle(new TicketCommand.Assign(AGENT_CHEN, printer, null, DESKTOP, ENGINEER_LIU.staffId()));
        handle(new TicketCommand.Accept(ENGINEER_LIU, printer, null));
        handle(new TicketCommand.Start(ENGINEER_LIU, printer, null));
        advanceTo("2026-03-02T10:00");
        handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, printer, null, 60, "Cleared the jam"));
        advanceTo("2026-03-02T18:00");
        handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, printer, null, 30, "Replaced the roller after hours"));
        handle(new TicketCommand.Resolve(ENGINEER_LIU, printer, null, ResolutionCode.FIXED, "Printing again"));
        advanceTo("2026-04-04T10:00");
        TicketId pharmacy = raise("his.pharmacy", "Inpatient pharmacy cannot dispense",
                ServiceCriticality.CLINICAL_CRITICAL);
        handle(new TicketCommand.Accept(SPECIALIST_HUANG, pharmacy, null));
        handle(new TicketCommand.Start(SPECIALIST_HUANG, pharmacy, null));
        advanceTo("2026-04-04T10:45");
        handle(new TicketCommand.AddWorkLog(SPECIALIST_HUANG, pharmacy, null, 45, "Restarted the dispensing service"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theDirectorReadsTheTimeSplitIntoNormalOvertimeAndHolidayAndEveryViewAddsUpToTheTotal() {
        JsonNode report = api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO).send().json();

        assertThat(report.get("scope").asText()).isEqualTo("ANY");
        JsonNode liu = row(report.get("engineers"), "E0101");
        assertThat(minutes(liu)).containsExactly(90L, 60L, 30L, 0L);
        assertThat(liu.at("/figures/dutyMinutes").asLong()).isEqualTo(570);
        assertThat(minutes(row(report.get("engineers"), "E0201"))).containsExactly(45L, 0L, 0L, 45L);
        assertThat(minutes(report.get("total"))).containsExactly(135L, 60L, 30L, 45L);
        assertThat(minutes(row(report.get("groups"), DESKTOP.value()))).containsExactly(90L, 60L, 30L, 0L);
        assertThat(minutes(row(report.get("groups"), HIS_SUPPORT.value()))).containsExactly(45L, 0L, 0L, 45L);
        assertThat(report.get("trend")).extracting(m -> m.get("month").asText() + " "
                + m.at("/figures/minutesWorked").asLong()).containsExactly("2026-03 90", "2026-04 45");
        for (String view : List.of("engineers", "groups", "engineerDepartments", "callerDepartments", "trend")) {
            for (String figure : List.of("ticketsWorked", "accepted", "resolved", "minutesWorked", "normalMinutes",
                    "overtimeMinutes", "holidayMinutes")) {
                long sum = 0;
                for (JsonNode row : report.get(view)) {
                    sum += row.at("/figures/" + figure).asLong();
                }
                assertThat(sum).as("%s summed over %s", figure, view).isEqualTo(report.at("/total/" + figure).asLong());
            }
        }
        assertThat(report.at("/splitRules/normalShifts")).extracting(JsonNode::asText)
                .containsExactly("DAY", "EVENING", "NIGHT");
        assertThat(report.at("/splitRules/explanation").asText()).contains("holiday");
        assertThat(api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO).header("Accept-Language", "zh-CN").send().json()
                .at("/splitRules/explanation").asText()).contains("节假日");
    }

    @Test
    void theOperationsRecordsWorkHasItsColumnsRoundsRecordedForTheEngineerAndTheMissedOneForTheGroupAndNoOne()
            throws IOException {
        RoundId round = new RoundId(new UUID(18, 1));
        ScheduleId schedule = new ScheduleId(new UUID(18, 2));
        api.desk.events.append(List.of(
                new RoundEvent.Recorded(round, DESKTOP, schedule, "MR-DAILY", 1, at("2026-03-02T20:00"),
                        ENGINEER_LIU.staffId(), at("2026-03-02T20:30"), true, List.of(), List.of(),
                        ENGINEER_LIU.staffId(), at("2026-03-02T20:31")),
                new RoundEvent.Missed(new RoundId(new UUID(18, 3)), DESKTOP, schedule, "MR-DAILY",
                        at("2026-03-03T08:00"), at("2026-03-03T10:00"), Optional.of(LEAD_SUN.staffId()),
                        Actor.SYSTEM_ID, at("2026-03-03T10:00"))));

        JsonNode report = api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO).send().json();

        assertThat(row(report.get("engineers"), "E0101").at("/figures/roundsRecorded").asLong()).isEqualTo(1);
        assertThat(row(report.get("engineers"), "E0101").at("/figures/roundsLate").asLong()).isEqualTo(1);
        assertThat(row(report.get("engineers"), "").at("/figures/roundsMissed").asLong()).isEqualTo(1);
        JsonNode desktop = row(report.get("groups"), DESKTOP.value()).get("figures");
        assertThat(List.of(desktop.get("roundsRecorded").asLong(), desktop.get("roundsLate").asLong(),
                desktop.get("roundsMissed").asLong())).containsExactly(1L, 1L, 1L);
        assertThat(desktop.get("roundCompletionPercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(report.at("/total/roundsMissed").asLong()).isEqualTo(1);
        assertThat(report.at("/total/repairsOpened").asLong()).isZero();
        List<CSVRecord> engineers = csv(api.get("/api/v1/reports/workload.csv" + MARCH_AND_APRIL)
                .as(DIRECTOR_GAO).send().text());
        assertThat(engineers.get(0).values()).contains("Inspection rounds recorded", "Rounds recorded late",
                "Rounds missed", "Round completion %", "Repairs opened", "Backup runs recorded", "Stock issues");
        assertSameNumbers(engineers, report.get("engineers"), report.get("total"), "Total");
    }

    @Test
    void theCsvHoldsOneViewHeadedInTheReadersLanguageWithTheNumbersOfTheJson() throws IOException {
        JsonNode report = api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO).send().json();

        RunningApi.Reply negotiated = api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO)
                .header("Accept", "text/csv").header("Accept-Language", "zh-CN").send();
        RunningApi.Reply groups = api.get("/api/v1/reports/workload.csv" + MARCH_AND_APRIL + "&view=groups")
                .as(DIRECTOR_GAO).send();

        assertThat(negotiated.status()).isEqualTo(200);
        assertThat(negotiated.header("Content-Type")).startsWith("text/csv");
        assertThat(negotiated.header("Content-Language")).isEqualTo("zh-CN");
        assertThat(negotiated.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"workload-2026-03-01-2026-05-01-engineers.csv\"");
        assertThat(negotiated.text()).startsWith("\uFEFF");
        List<CSVRecord> engineers = csv(negotiated.text());
        assertThat(engineers.get(0).values()).startsWith("工程师", "处理工单数", "受理", "解决");
        assertThat(engineers.get(0).values()).contains("正常工时（分钟）", "加班工时（分钟）", "节假日工时（分钟）");
        assertSameNumbers(engineers, report.get("engineers"), report.get("total"), "合计");
        List<CSVRecord> byGroup = csv(groups.text());
        assertThat(byGroup.get(0).values()).startsWith("Group", "Tickets worked");
        assertSameNumbers(byGroup, report.get("groups"), report.get("total"), "Total");
        assertThat(groups.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void theWorkbookHasASheetPerViewNamedAndHeadedInTheReadersLanguageWithTheNumbersOfTheJson() {
        JsonNode report = api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO).send().json();

        RunningApi.Download chinese = api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO).header("Accept", XLSX)
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").download();
        RunningApi.Download english = api.get("/api/v1/reports/workload.xlsx" + MARCH_AND_APRIL).as(DIRECTOR_GAO)
                .download();

        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.header("Content-Type")).isEqualTo(XLSX);
        Map<String, List<List<Object>>> zh = Workbooks.read(chinese.bytes());
        assertThat(zh.keySet()).containsExactly("工程师", "工作组", "科室", "报障科室", "月度趋势", "计算规则");
        assertThat(zh.get("工程师").get(0)).startsWith("工程师", "处理工单数");
        assertThat(zh.get("计算规则")).extracting(row -> row.get(0)).contains("节假日日历", "工时划分规则");
        Map<String, List<List<Object>>> en = Workbooks.read(english.bytes());
        assertThat(en.keySet()).containsExactly("Engineers", "Groups", "Departments", "Caller departments", "Trend",
                "Rules");
        assertThat(en.get("Engineers").get(0)).startsWith("Engineer", "Tickets worked", "Accepted");
        assertThat(english.header("Content-Disposition")).contains("workload-2026-03-01-2026-05-01.xlsx");
        for (Map<String, List<List<Object>>> workbook : List.of(zh, en)) {
            List<String> names = new ArrayList<>(workbook.keySet());
            assertSameCells(workbook.get(names.get(0)), report.get("engineers"), report.get("total"));
            assertSameCells(workbook.get(names.get(1)), report.get("groups"), report.get("total"));
            assertSameCells(workbook.get(names.get(2)), report.get("engineerDepartments"), report.get("total"));
            assertSameCells(workbook.get(names.get(3)), report.get("callerDepartments"), report.get("total"));
            assertSameCells(workbook.get(names.get(4)), report.get("trend"), report.get("total"));
        }
    }

    @Test
    void anEngineerSeesTheirOwnFiguresALeadTheirGroupsTheDirectorEveryonesAndACallerNone() {
        JsonNode own = api.get(REPORT + MARCH_AND_APRIL).as(ENGINEER_LIU).send().json();
        JsonNode lead = api.get(REPORT + MARCH_AND_APRIL).as(LEAD_SUN).send().json();
        JsonNode all = api.get(REPORT + MARCH_AND_APRIL).as(DIRECTOR_GAO).send().json();

        assertThat(own.get("scope").asText()).isEqualTo("OWN");
        assertThat(own.get("engineers")).extracting(r -> r.get("key").asText()).containsExactly("E0101");
        assertThat(own.at("/total/minutesWorked").asLong()).isEqualTo(90);
        assertThat(lead.get("scope").asText()).isEqualTo("GROUP");
        assertThat(lead.get("groups")).extracting(r -> r.get("key").asText()).containsOnly(DESKTOP.value());
        assertThat(lead.get("engineers")).extracting(r -> r.get("key").asText()).doesNotContain("E0201");
        assertThat(all.get("engineers")).extracting(r -> r.get("key").asText()).contains("E0101", "E0201");
        refused(api, 403, "access.denied", () -> api.get(REPORT + MARCH_AND_APRIL).as(NURSE_WANG).send());
        refused(api, 403, "access.denied", () -> api.get("/api/v1/reports/workload.csv" + MARCH_AND_APRIL)
                .as(NURSE_WANG).send());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrIsLongerThan366DaysIsRefusedNamingToInEitherLanguage() {
        JsonNode backwards = refused(api, 400, "request.invalid", () -> api.get(REPORT + "?from=2026-05-01&to=2026-03-01")
                .as(DIRECTOR_GAO).send());
        JsonNode tooLong = refused(api, 400, "request.invalid", () -> api.get(REPORT + "?from=2026-01-01&to=2027-01-03")
                .as(DIRECTOR_GAO).header("Accept-Language", "zh-CN").send());
        JsonNode aYear = api.get(REPORT + "?from=2028-01-01&to=2029-01-01").as(DIRECTOR_GAO).send().json();

        assertThat(fields(backwards)).containsExactly("to");
        assertThat(backwards.at("/errors/0/message").asText()).contains("must end after it starts");
        assertThat(fields(tooLong)).containsExactly("to");
        assertThat(tooLong.at("/errors/0/message").asText()).contains("366");
        assertThat(tooLong.at("/errors/0/message").asText()).isNotEqualTo(backwards.at("/errors/0/message").asText())
                .matches(".*\\p{IsHan}.*");
        assertThat(aYear.get("from").asText()).as("a leap year is 366 days").isEqualTo("2028-01-01");
    }

    @Test
    void missingOrMalformedDatesAndAnUnknownViewAreNamed() {
        JsonNode missing = refused(api, 400, "request.invalid", () -> api.get(REPORT + "?to=yesterday")
                .as(DIRECTOR_GAO).send());
        JsonNode view = refused(api, 400, "request.invalid", () -> api.get("/api/v1/reports/workload.csv"
                + MARCH_AND_APRIL + "&view=patients").as(DIRECTOR_GAO).send());

        assertThat(fields(missing)).containsExactly("from", "to");
        assertThat(missing.at("/errors/1/message").asText()).isEqualTo("must be a date such as 2026-02-14");
        assertThat(fields(view)).containsExactly("view");
        assertThat(view.at("/errors/0/message").asText()).contains("engineers, groups, engineer-departments");
    }

    /** Total, normal, overtime and holiday minutes of a row's figures (or of figures). */
    private static List<Long> minutes(JsonNode node) {
        JsonNode figures = node.has("figures") ? node.get("figures") : node;
        return List.of(figures.get("minutesWorked").asLong(), figures.get("normalMinutes").asLong(),
                figures.get("overtimeMinutes").asLong(), figures.get("holidayMinutes").asLong());
    }

    private static JsonNode row(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + rows);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text.replace("\uFEFF", ""))).getRecords();
    }

    /** The CSV's rows are the JSON's rows then the total, cell for cell in the JSON's figure order. */
    private static void assertSameNumbers(List<CSVRecord> csv, JsonNode rows, JsonNode total, String totalLabel) {
        List<List<Object>> cells = new ArrayList<>();
        for (CSVRecord record : csv) {
            cells.add(new ArrayList<>(record.toList()));
        }
        assertThat(cells).hasSize(rows.size() + 2);
        assertThat(cells.get(cells.size() - 1).get(0)).isEqualTo(totalLabel);
        assertSameCells(cells, rows, total);
    }

    /** Every row but the header: its key, then each figure of the JSON in order, as number or text. */
    private static void assertSameCells(List<List<Object>> table, JsonNode rows, JsonNode total) {
        List<JsonNode> expected = new ArrayList<>();
        rows.forEach(row -> expected.add(row.get("figures")));
        expected.add(total);
        assertThat(table).hasSize(expected.size() + 1);
        for (int r = 0; r < expected.size(); r++) {
            List<Object> cells = table.get(r + 1);
            if (r < rows.size()) {
                String key = rows.get(r).has("key") ? rows.get(r).get("key").asText() : rows.get(r).get("month").asText();
                if (key.isEmpty()) {
                    assertThat(String.valueOf(cells.get(0))).isIn("(none)", "（无）");
                } else {
                    assertThat(String.valueOf(cells.get(0))).isEqualTo(key);
                }
            }
            for (int f = 0; f < FIGURES.size(); f++) {
                JsonNode figure = expected.get(r).get(FIGURES.get(f));
                Object cell = cells.size() > f + 1 ? cells.get(f + 1) : null;
                if (figure == null) {
                    assertThat(cell == null || cell.toString().isEmpty()).as("row %s %s: a rate of nothing is empty",
                            r, FIGURES.get(f)).isTrue();
                } else {
                    assertThat(new BigDecimal(String.valueOf(cell))).as("row %s %s", r, FIGURES.get(f))
                            .isEqualByComparingTo(figure.decimalValue());
                }
            }
        }
    }

    private TicketId raise(String category, String summary, ServiceCriticality criticality) {
        var contact = api.desk.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, null, null, summary));
        return api.desk.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(),
                TicketType.INCIDENT, summary, category, "ONE_PERSON", "DEGRADED", criticality, false, null)).id();
    }

    private void handle(TicketCommand command) {
        api.desk.desk.tickets().handle(command);
    }

    private void advanceTo(String localDateTime) {
        api.desk.clock.advance(Duration.between(api.desk.clock.instant(), at(localDateTime)));
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }
}
