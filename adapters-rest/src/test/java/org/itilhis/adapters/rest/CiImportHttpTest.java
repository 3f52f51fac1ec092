package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_GB18030;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_ROWS;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_WITH_BOM;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_WITH_ERRORS;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.ImportReport;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.cmdb.FaultyConfigurationItems;
import org.itilhis.testkit.cmdb.ImportFixture;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSV import over HTTP ({@code POST /api/v1/cis/import}) on the test kit's fixtures: the
 * counts of an import and of a re-import, the exact report of the file with an error in each
 * kind of column (refused whole with 422, or its valid rows written with 200), in English and
 * Chinese, GB18030, permission, the import's own body limit and malformed parameters. Each test
 * has its own server over an empty CMDB, as the fixtures' asset tags are fixed.
 */
class CiImportHttpTest {
    private static final String IMPORT = "/api/v1/cis/import";

    /**
     * Line, column, code and English message of each problem of {@link ImportFixture#INVENTORY_WITH_ERRORS}
     * once {@link ImportFixture#INVENTORY} is stored: the report {@code CmdbImportServiceTest} expects.
     */
    private static final List<Tuple> PROBLEMS_OF_THE_FILE_WITH_ERRORS = List.of(
            tuple(1, "remark", "cmdb.import.unknown-column",
                    "neither a field of a configuration item nor an attribute of any CI class; the column is ignored"),
            tuple(4, "name", "cmdb.import.too-long", "longer than 200 characters"),
            tuple(4, "operatingSystem", "cmdb.attribute.too-long", "longer than 100 characters"),
            tuple(5, "cpuCores", "cmdb.attribute.not-a-number", "not a number"),
            tuple(5, "memoryGb", "cmdb.attribute.below-minimum", "below the minimum of 1"),
            tuple(6, "deviceRole", "cmdb.attribute.not-allowed",
                    "not one of switch, router, firewall, wireless-access-point, load-balancer"),
            tuple(6, "portCount", "cmdb.attribute.above-maximum", "above the maximum of 1024"),
            tuple(7, "warrantyEnd", "cmdb.import.bad-date",
                    "not a date, year first, such as 2027-06-30 or 2027/6/30: 2027/13/01"),
            tuple(7, "supportEnd", "cmdb.attribute.not-a-date",
                    "not a date, year first, such as 2027-06-30 or 2027/6/30"),
            tuple(8, "ipAddress", "cmdb.attribute.not-an-ip-address", "not an IPv4 or IPv6 address"),
            tuple(8, "macAddress", "cmdb.attribute.not-a-mac-address", "not a MAC address such as aa:bb:cc:dd:ee:ff"),
            tuple(9, "hostname", "cmdb.attribute.missing", "required but missing"),
            tuple(10, "hostname", "cmdb.attribute.unknown", "not an attribute of this class"),
            tuple(11, "class", "cmdb.import.unknown-class", "not a CI class: scanner"),
            tuple(12, "criticality", "cmdb.import.bad-criticality",
                    "not a criticality: urgent; use CLINICAL_CRITICAL, IMPORTANT or GENERAL"),
            tuple(13, "status", "cmdb.import.bad-status",
                    "not a state an item is imported in: LOST; use ORDERED, IN_STOCK, IN_USE, UNDER_REPAIR or RETIRED"),
            tuple(14, "assetTag", "cmdb.import.duplicate-asset-tag",
                    "the asset tag SRV-E-001 is already used on line 2 of this file"),
            tuple(15, "assetTag", "cmdb.import.required", "required but empty"),
            tuple(15, "criticality", "cmdb.import.required", "required but empty"),
            tuple(16, "assetTag", "cmdb.import.blank-inside", "must not contain blanks"),
            tuple(17, "class", "cmdb.import.class-change", "the item SRV-0001 is stored as a server and cannot become"
                    + " a workstation; give the new item its own asset tag"));

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aValidInventoryIsImportedWholeAndTheReportCountsItsItems() {
        RunningApi.Reply reply = importing(INVENTORY, "", CONFIG_MANAGER_QIAN);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode report = reply.json();
        assertThat(counts(report)).containsExactly("UTF-8", INVENTORY_ROWS, INVENTORY_ROWS, 0, 0, true);
        assertThat(report.get("problems")).isEmpty();
        assertThat(api.eventCount()).isEqualTo(INVENTORY_ROWS);
        JsonNode server = api.get("/api/v1/cis/by-asset-tag/SRV-0002").as(AGENT_CHEN).send().json();
        assertThat(server.get("name").asText()).isEqualTo("HIS应用服务器2");
        assertThat(server.at("/attributes/cpuCores").asText()).isEqualTo("32");
    }

    @Test
    void importingTheSameFileAgainReportsEveryItemUnchangedAndWritesNothing() {
        assertThat(importing(INVENTORY, "", CONFIG_MANAGER_QIAN).status()).isEqualTo(200);
        int events = api.eventCount();

        RunningApi.Reply again = importing(INVENTORY_WITH_BOM, "?mode=valid-rows-only", CONFIG_MANAGER_QIAN);

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(counts(again.json())).containsExactly("UTF-8", INVENTORY_ROWS, 0, 0, INVENTORY_ROWS, false);
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void theFileWithAnErrorInEachKindOfColumnIsRefusedWithExactlyItsProblems() {
        importing(INVENTORY, "", CONFIG_MANAGER_QIAN);

        JsonNode problem = refused(api, 422, "cmdb.import-refused",
                () -> importing(INVENTORY_WITH_ERRORS, "?mode=all-or-nothing", CONFIG_MANAGER_QIAN));

        assertThat(counts(problem)).containsExactly("UTF-8", 16, 0, 0, 0, false);
        assertThat(problems(problem)).containsExactlyElementsOf(PROBLEMS_OF_THE_FILE_WITH_ERRORS);
        assertThat(problem.get("detail").asText()).startsWith("Nothing was imported: the file has 21 problem");
        assertThat(problem.get("instance").asText()).isEqualTo(IMPORT);
        assertThat(api.get("/api/v1/cis/by-asset-tag/SRV-E-001").as(AGENT_CHEN).send().status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cis/by-asset-tag/SRV-0001").as(AGENT_CHEN).send().json().get("classCode")
                .asText()).isEqualTo("server");
    }

    @Test
    void theRefusalReadsInChinese() {
        importing(INVENTORY, "", CONFIG_MANAGER_QIAN);

        RunningApi.Reply reply = api.post(IMPORT).as(CONFIG_MANAGER_QIAN).header("Accept-Language", "zh-CN,zh;q=0.9")
                .header("Content-Type", "text/csv").body(bytes(INVENTORY_WITH_ERRORS)).send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Language")).isEqualTo("zh-CN");
        JsonNode problem = reply.json();
        assertThat(problem.get("detail").asText()).startsWith("未导入任何内容");
        assertThat(problem.at("/problems/0/message").asText()).isEqualTo("既不是配置项的字段，也不是任何配置项类别的属性；此列已忽略");
        assertThat(message(problem, 8, "ipAddress")).isEqualTo("不是IPv4或IPv6地址");
        assertThat(message(problem, 17, "class")).isEqualTo("配置项 SRV-0001 已登记为 server，不能改为 workstation；请为新配置项使用新的资产标签");
    }

    @Test
    void validRowsOnlyWritesTheValidRowsAndReportsTheOthers() {
        importing(INVENTORY, "", CONFIG_MANAGER_QIAN);
        int events = api.eventCount();

        RunningApi.Reply reply = importing(INVENTORY_WITH_ERRORS, "?mode=valid-rows-only", CONFIG_MANAGER_QIAN);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(counts(report)).containsExactly("UTF-8", 16, 2, 0, 0, true);
        assertThat(problems(report)).containsExactlyElementsOf(PROBLEMS_OF_THE_FILE_WITH_ERRORS);
        assertThat(api.eventCount()).isEqualTo(events + 2);
        JsonNode printer = api.get("/api/v1/cis/by-asset-tag/PRN-E-007").as(AGENT_CHEN).send().json();
        assertThat(printer.get("name").asText()).isEqualTo("门诊打印机, 7号");
        assertThat(printer.get("room").asText()).isEqualTo("门诊大厅\n西侧");
        assertThat(api.get("/api/v1/cis/by-asset-tag/SRV-E-002").as(AGENT_CHEN).send().status()).isEqualTo(404);
    }

    @Test
    void aValidRowsOnlyImportWithoutAnyValidRowIsRefused() {
        String csv = "class,assetTag,name,criticality,printerKind\r\nprinter,PRN 1,打印机,GENERAL,laser\r\n";

        JsonNode problem = refused(api, 422, "cmdb.import-refused", () -> api.post(IMPORT + "?mode=valid-rows-only")
                .as(CONFIG_MANAGER_QIAN).raw("text/csv", csv).send());

        assertThat(counts(problem)).containsExactly("UTF-8", 1, 0, 0, 0, false);
        assertThat(problems(problem)).extracting(t -> t.toList().subList(0, 3))
                .containsExactly(List.of(2, "assetTag", "cmdb.import.blank-inside"));
    }

    @Test
    void theGb18030InventoryIsDetectedAndANamedCharsetIsUsedInstead() {
        RunningApi.Reply wrong = importing(INVENTORY_GB18030, "?charset=UTF-8", CONFIG_MANAGER_QIAN);
        assertThat(wrong.status()).as("%s", wrong).isEqualTo(422);
        assertThat(wrong.json().get("problems")).hasSize(1);
        assertThat(wrong.json().at("/problems/0/line").asInt()).isEqualTo(1);
        assertThat(wrong.json().at("/problems/0/column").isMissingNode()).isTrue();
        assertThat(wrong.json().at("/problems/0/code").asText()).isEqualTo("cmdb.import.undecodable");
        assertThat(wrong.json().at("/problems/0/message").asText()).startsWith("the file is not valid UTF-8 text");

        RunningApi.Reply reply = api.post(IMPORT).as(CONFIG_MANAGER_QIAN)
                .header("Content-Type", "application/octet-stream").body(bytes(INVENTORY_GB18030)).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(counts(reply.json())).containsExactly("GB18030", INVENTORY_ROWS, INVENTORY_ROWS, 0, 0, true);
        assertThat(api.get("/api/v1/cis/by-asset-tag/SRV-0002").as(AGENT_CHEN).send().json().get("criticality")
                .asText()).isEqualTo("CLINICAL_CRITICAL");
        assertThat(counts(importing(INVENTORY_GB18030, "?charset=GB18030", CONFIG_MANAGER_QIAN).json()))
                .containsExactly("GB18030", INVENTORY_ROWS, 0, 0, INVENTORY_ROWS, false);
    }

    @Test
    void onlyWhoMayManageTheCmdbImports() {
        for (Actor refused : List.of(NURSE_WANG, AGENT_CHEN)) {
            refused(api, 403, "access.denied", () -> importing(INVENTORY, "", refused));
        }
        assertThat(api.get("/api/v1/cis/by-asset-tag/SRV-0002").as(AGENT_CHEN).send().status()).isEqualTo(404);
        refused(api, 401, "request.unauthenticated", () -> api.post(IMPORT).raw("text/csv", "class").send());
    }

    @Test
    void aFileLargerThanAJsonBodyIsImportedUpToTheImportsOwnLimit() {
        StringBuilder csv = new StringBuilder("class,assetTag,name,criticality,printerKind,room\r\n");
        int rows = 2_000;
        for (int i = 1; i <= rows; i++) {
            csv.append("printer,PRN-BULK-").append(i).append(",病区打印机").append(i).append(",GENERAL,laser,护士站\r\n");
        }
        assertThat(csv.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024 + 1);

        RunningApi.Reply reply = api.post(IMPORT).as(CONFIG_MANAGER_QIAN).raw("text/csv", csv.toString()).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("created").asInt()).isEqualTo(rows);
    }

    @Test
    void aFileOverTheImportLimitIs413WhetherDeclaredOrStreamed() {
        byte[] oversized = new byte[(int) RestApi.DEFAULT_MAX_IMPORT_BYTES + 1];
        Arrays.fill(oversized, (byte) 'x');

        refused(api, 413, "request.too-large", () -> api.post(IMPORT).as(CONFIG_MANAGER_QIAN)
                .header("Content-Type", "text/csv").body(HttpRequest.BodyPublishers.ofByteArray(oversized)).send());
        JsonNode streamed = refused(api, 413, "request.too-large", () -> api.post(IMPORT).as(CONFIG_MANAGER_QIAN)
                .header("Content-Type", "text/csv")
                .body(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized))).send());
        assertThat(streamed.get("detail").asText()).contains("67,108,864");
    }

    @Test
    void anUnknownModeOrCharsetIsNamedAnd400() {
        JsonNode problem = refused(api, 400, "request.invalid",
                () -> importing(INVENTORY, "?mode=everything&charset=klingon", CONFIG_MANAGER_QIAN));

        assertThat(Problems.fields(problem)).containsExactly("mode", "charset");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("must be one of all-or-nothing, valid-rows-only");
        assertThat(problem.at("/errors/1/message").asText()).contains("UTF-8 or GB18030");
        assertThat(api.get("/api/v1/cis/by-asset-tag/SRV-0002").as(AGENT_CHEN).send().status()).isEqualTo(404);
    }

    @Test
    void theRowsPerTransactionMayBeChosenFromOneToTenThousand() {
        for (String batchRows : List.of("0", "10001", "many", "-5")) {
            JsonNode problem = refused(api, 400, "request.invalid",
                    () -> importing(INVENTORY, "?batchRows=" + batchRows, CONFIG_MANAGER_QIAN));
            assertThat(Problems.fields(problem)).as(batchRows).containsExactly("batchRows");
            assertThat(problem.at("/errors/0/message").asText()).isEqualTo("must be a whole number from 1 to 10,000");
        }
        assertThat(api.get("/api/v1/cis/by-asset-tag/SRV-0002").as(AGENT_CHEN).send().status()).isEqualTo(404);

        RunningApi.Reply reply = importing(INVENTORY, "?batchRows=3&mode=valid-rows-only", CONFIG_MANAGER_QIAN);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("created").asInt()).isEqualTo(INVENTORY_ROWS);
    }

    @Test
    void aBodyThatIsNotCsvIs415AndTheContentTypesCharsetIsNotRead() {
        JsonNode problem = refused(api, 415, "request.unsupported-media-type", () -> api.post(IMPORT)
                .as(CONFIG_MANAGER_QIAN).raw("application/json", "{}").send());
        assertThat(problem.get("detail").asText()).contains("text/csv");

        RunningApi.Reply reply = api.post(IMPORT).as(CONFIG_MANAGER_QIAN)
                .header("Content-Type", "text/csv; charset=UTF-8").body(bytes(INVENTORY_GB18030)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("charset").asText()).isEqualTo("GB18030");
    }

    @Test
    void anImportThatTheStorageStopsPartWayIs503AndSaysWhatWentInAndWhereItStoppedAndSendingItAgainCompletesIt() {
        restartWith(desk -> FaultyConfigurationItems.failingSave(desk.configurationItems, 700));
        String csv = printers(1_200);

        RunningApi.Reply stopped = api.post(IMPORT).as(CONFIG_MANAGER_QIAN).raw("text/csv", csv).send();

        // Save 700 is in the second batch of 500 rows: rows 501 to 1,000, on lines 502 to 1,001.
        JsonNode problem = interrupted(stopped, 503);
        assertThat(stopped.header("Retry-After")).isEqualTo("5");
        assertThat(counts(problem)).containsExactly("UTF-8", 1_200, 500, 0, 0, true);
        assertThat(interruption(problem)).containsExactly(500, 502, 1_001, "request.storage-unavailable",
                "The storage is unavailable at the moment; try again later");
        assertThat(problem.get("detail").asText()).startsWith("The import stopped: the batch of rows on lines 502 to"
                + " 1001 could not be written and was rolled back; the 500 row(s) before it are imported");
        assertThat(api.eventCount()).isEqualTo(500);

        RunningApi.Reply again = api.post(IMPORT).as(CONFIG_MANAGER_QIAN).raw("text/csv", csv).send();

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(counts(again.json())).containsExactly("UTF-8", 1_200, 700, 0, 500, true);
        assertThat(again.json().has("interruption")).isFalse();
        assertThat(api.eventCount()).isEqualTo(1_200);
    }

    @Test
    void anImportThatAnotherWriterStopsIs409WithTheConflictAsTheReasonInTheReadersLanguage() {
        // Lookups 1 to 1,200 validate the rows; lookup 1,201, the first of the writing, lets a manager register a printer of batch 2.
        restartWith(desk -> FaultyConfigurationItems.interferingBeforeLookup(desk.configurationItems, 1_201,
                () -> desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "printer",
                        new CiData("PRN-BULK-600", "病区打印机600", null, null, null, null, null, null, null,
                                ServiceCriticality.GENERAL, null, null, Map.of("printerKind", "laser")), null))));

        RunningApi.Reply stopped = api.post(IMPORT).as(CONFIG_MANAGER_QIAN).header("Accept-Language", "zh-CN")
                .raw("text/csv", printers(1_200)).send();

        JsonNode problem = interrupted(stopped, 409);
        assertThat(counts(problem)).containsExactly("UTF-8", 1_200, 500, 0, 0, true);
        assertThat(interruption(problem).subList(0, 4)).containsExactly(500, 502, 1_001, "cmdb.duplicate-asset-tag");
        assertThat(problem.at("/interruption/message").asText()).contains("PRN-BULK-600");
        assertThat(problem.get("detail").asText()).startsWith("导入已中断：第 502 至 1001 行");
    }

    @Test
    void anImportThatAnUnexpectedErrorStopsIs500AndShowsNothingOfTheError() {
        restartWith(new ImportReport(StandardCharsets.UTF_8, 3, 1, 0, 0, true, ImmutableList.of(),
                Optional.of(new ImportReport.Interruption(3, 4, new IllegalStateException("secret pool state")))));

        RunningApi.Reply stopped = importing(INVENTORY, "", CONFIG_MANAGER_QIAN);

        JsonNode problem = interrupted(stopped, 500);
        Problems.assertNoInternals(stopped);
        assertThat(interruption(problem).subList(0, 4)).containsExactly(1, 3, 4, "request.internal-error");
        assertThat(problem.at("/interruption/message").asText()).matches("The server could not complete .* [0-9a-f-]{36}")
                .doesNotContain("secret");
    }

    /** A new server over a new desk whose import sees its configuration items through {@code items}. */
    private void restartWith(Function<InMemoryServiceDesk, ConfigurationItemRepository> items) {
        api.close();
        api = RunningApi.withImport(desk -> Cmdb.create(new CmdbPorts(desk.ports, items.apply(desk), desk.affectedCis,
                desk.faultLinks),
                CmdbSettings.hospitalDefault(), DemoHospital.settings(), InMemoryServiceDesk.validator(), desk.desk)
                .imports());
    }

    /** A new server whose import answers {@code report} to every file. */
    private void restartWith(ImportReport report) {
        api.close();
        api = RunningApi.withImport(desk -> (actor, csv, options) -> report);
    }

    private static JsonNode interrupted(RunningApi.Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("code").asText()).isEqualTo("cmdb.import-interrupted");
        return problem;
    }

    /** rowsImported, firstLine, lastLine, code and message of the interruption. */
    private static List<Object> interruption(JsonNode problem) {
        JsonNode stop = problem.get("interruption");
        return List.of(stop.get("rowsImported").asInt(), stop.get("firstLine").asInt(), stop.get("lastLine").asInt(),
                stop.get("code").asText(), stop.get("message").asText());
    }

    /** A file of {@code rows} printers, one a line from line 2 on. */
    private static String printers(int rows) {
        StringBuilder csv = new StringBuilder("class,assetTag,name,criticality,printerKind\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("printer,PRN-BULK-").append(i).append(",病区打印机").append(i).append(",GENERAL,laser\r\n");
        }
        return csv.toString();
    }

    private RunningApi.Reply importing(ImportFixture fixture, String query, Actor actor) {
        return api.post(IMPORT + query).as(actor).header("Content-Type", "text/csv").body(bytes(fixture)).send();
    }

    private static HttpRequest.BodyPublisher bytes(ImportFixture fixture) {
        return HttpRequest.BodyPublishers.ofByteArray(fixture.bytes());
    }

    /** charset, rows, created, updated, unchanged, written. */
    private static List<Object> counts(JsonNode report) {
        return List.of(report.get("charset").asText(), report.get("rows").asInt(), report.get("created").asInt(),
                report.get("updated").asInt(), report.get("unchanged").asInt(), report.get("written").asBoolean());
    }

    /** Line, column, code and message of each problem. */
    private static List<Tuple> problems(JsonNode report) {
        List<Tuple> problems = new ArrayList<>();
        report.get("problems").forEach(p -> problems.add(tuple(p.get("line").asInt(), p.path("column").asText(""),
                p.get("code").asText(), p.get("message").asText())));
        return problems;
    }

    private static String message(JsonNode report, int line, String column) {
        for (JsonNode p : report.get("problems")) {
            if (p.get("line").asInt() == line && p.path("column").asText().equals(column)) {
                return p.get("message").asText();
            }
        }
        throw new AssertionError("no problem on line " + line + ", column " + column);
    }
}
