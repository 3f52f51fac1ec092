package org.itilhis.ports.configuration.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_GB18030;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_ROWS;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_WITH_BOM;
import static org.itilhis.testkit.cmdb.ImportFixture.INVENTORY_WITH_ERRORS;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.ImportReport.Interruption;
import org.itilhis.ports.configuration.in.ImportReport;
import org.itilhis.ports.configuration.in.RowProblem;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.cmdb.FaultyConfigurationItems;
import org.itilhis.testkit.cmdb.ImportFixture;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

class CmdbImportServiceTest {
    private static final ImportOptions ALL_OR_NOTHING = ImportOptions.allOrNothing();
    private static final ImportOptions VALID_ROWS_ONLY = ImportOptions.validRowsOnly();

    /** What {@link ImportFixture#INVENTORY_WITH_ERRORS} yields once {@link ImportFixture#INVENTORY} is stored. */
    private static final List<String> REPORT_OF_THE_FILE_WITH_ERRORS = List.of(
            "line 1, column remark: neither a field of a configuration item nor an attribute of any CI class;"
                    + " the column is ignored",
            "line 4, column name: longer than 200 characters",
            "line 4, column operatingSystem: longer than 100 characters",
            "line 5, column cpuCores: not a number",
            "line 5, column memoryGb: below the minimum of 1",
            "line 6, column deviceRole: not one of switch, router, firewall, wireless-access-point, load-balancer",
            "line 6, column portCount: above the maximum of 1024",
            "line 7, column warrantyEnd: not a date, year first, such as 2027-06-30 or 2027/6/30: 2027/13/01",
            "line 7, column supportEnd: not a date, year first, such as 2027-06-30 or 2027/6/30",
            "line 8, column ipAddress: not an IPv4 or IPv6 address",
            "line 8, column macAddress: not a MAC address such as aa:bb:cc:dd:ee:ff",
            "line 9, column hostname: required but missing",
            "line 10, column hostname: not an attribute of this class",
            "line 11, column class: not a CI class: scanner",
            "line 12, column criticality: not a criticality: urgent; use CLINICAL_CRITICAL, IMPORTANT or GENERAL",
            "line 13, column status: not a state an item is imported in: LOST;"
                    + " use ORDERED, IN_STOCK, IN_USE, UNDER_REPAIR or RETIRED",
            "line 14, column assetTag: the asset tag SRV-E-001 is already used on line 2 of this file",
            "line 15, column assetTag: required but empty",
            "line 15, column criticality: required but empty",
            "line 16, column assetTag: must not contain blanks",
            "line 17, column class: the item SRV-0001 is stored as a server and cannot become a workstation;"
                    + " give the new item its own asset tag");

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final CmdbImport imports = desk.cmdb.imports();

    @Test
    void aValidInventoryIsRegisteredWholeInOneGo() {
        ImportReport report = importing(INVENTORY, ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::created, ImportReport::updated,
                ImportReport::unchanged, ImportReport::written).containsExactly(INVENTORY_ROWS, INVENTORY_ROWS, 0, 0, true);
        assertThat(report.charset()).isEqualTo(UTF_8);
        assertThat(stored()).hasSize(INVENTORY_ROWS);
        assertThat(desk.events.all()).hasSize(INVENTORY_ROWS).allMatch(e -> e instanceof CiEvent.Registered);
    }

    @Test
    void eachRowBecomesTheItemItDescribesWithAttributesInStoredForm() {
        importing(INVENTORY, ALL_OR_NOTHING);

        CiSnapshot server = stored().get("SRV-0002");
        assertThat(server.classCode()).isEqualTo("server");
        assertThat(server.details().name()).isEqualTo("HIS应用服务器2");
        assertThat(server.details().criticality()).isEqualTo(ServiceCriticality.CLINICAL_CRITICAL);
        assertThat(server.details().warrantyEnd()).contains(LocalDate.of(2027, 6, 30));
        assertThat(server.details().location().room()).contains("中心机房");
        assertThat(server.details().attributes()).containsEntry("macAddress", "00:1a:2b:3c:4d:02")
                .containsEntry("cpuCores", "32").doesNotContainKey("printerKind");
        assertThat(stored().get("PRN-MZ-01").details().vendor()).contains("映美精密机械, 深圳");
    }

    @Test
    void itemsAreInUseUnlessTheRowGivesTheirState() {
        importing(INVENTORY, ALL_OR_NOTHING);

        assertThat(stored().get("SRV-0001").status()).isEqualTo(CiStatus.IN_USE);
        assertThat(stored().get("WS-SPARE-01").status()).isEqualTo(CiStatus.IN_STOCK);
        assertThat(stored().get("PRN-5E-01").status()).isEqualTo(CiStatus.UNDER_REPAIR);
        assertThat(stored().get("MW-ESB").status()).isEqualTo(CiStatus.ORDERED);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        importing(INVENTORY, ALL_OR_NOTHING);
        Map<String, CiSnapshot> before = stored();
        List<DomainEvent> log = List.copyOf(desk.events.all());

        ImportReport again = importing(INVENTORY, VALID_ROWS_ONLY);

        assertThat(again).extracting(ImportReport::rowsRead, ImportReport::created, ImportReport::updated,
                ImportReport::unchanged, ImportReport::written).containsExactly(INVENTORY_ROWS, 0, 0, INVENTORY_ROWS, false);
        assertThat(again.isClean()).isTrue();
        assertThat(stored()).isEqualTo(before);
        assertThat(desk.events.all()).isEqualTo(log);
    }

    @Test
    void aChangedRowUpdatesItsItemAndNoOther() {
        importing(INVENTORY, ALL_OR_NOTHING);
        int logged = desk.events.all().size();
        String changed = new String(INVENTORY.bytes(), UTF_8).replace("核心交换机A,", "核心交换机A（主）,");

        ImportReport report = importing(changed, ALL_OR_NOTHING);

        assertThat(report).extracting(ImportReport::created, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(0, 1, INVENTORY_ROWS - 1);
        assertThat(stored().get("NET-0001").details().name()).isEqualTo("核心交换机A（主）");
        assertThat(desk.events.all()).hasSize(logged + 1).last().isInstanceOf(CiEvent.DetailsChanged.class);
    }

    @Test
    void theGb18030FileWithChineseHeadersAndValuesGivesTheSameItems() {
        importing(INVENTORY, ALL_OR_NOTHING);
        InMemoryServiceDesk other = DemoHospital.inMemory();

        ImportReport report = other.cmdb.imports().importCsv(CONFIG_MANAGER_QIAN, INVENTORY_GB18030.open(),
                ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report.charset()).isEqualTo(ImportFile.GB18030);
        assertThat(report.created()).isEqualTo(INVENTORY_ROWS);
        assertThat(contentOf(stored(other))).isEqualTo(contentOf(stored()));
    }

    @Test
    void aByteOrderMarkIsReadAsUtf8AndNotAsPartOfTheFirstHeader() {
        importing(INVENTORY, ALL_OR_NOTHING);

        ImportReport report = importing(INVENTORY_WITH_BOM, ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report.charset()).isEqualTo(UTF_8);
        assertThat(report.unchanged()).isEqualTo(INVENTORY_ROWS);
    }

    @Test
    void anExplicitCharsetIsUsedInsteadOfDetection() {
        ImportReport wrong = importing(INVENTORY_GB18030, ALL_OR_NOTHING.withCharset(UTF_8));

        assertThat(wrong.describeIn(Locale.ENGLISH)).containsExactly("line 1: the file is not valid UTF-8 text;"
                + " save it as UTF-8 or GB18030, or name its character set");
        assertThat(stored()).isEmpty();
        assertThat(importing(INVENTORY_GB18030, ALL_OR_NOTHING.withCharset(ImportFile.GB18030)).created())
                .isEqualTo(INVENTORY_ROWS);
    }

    @Test
    void theFileWithAnErrorInEachKindOfColumnGetsExactlyThisReportAndNothingIsWritten() {
        importing(INVENTORY, ALL_OR_NOTHING);
        Map<String, CiSnapshot> before = stored();
        int logged = desk.events.all().size();

        ImportReport report = importing(INVENTORY_WITH_ERRORS, ALL_OR_NOTHING);

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactlyElementsOf(REPORT_OF_THE_FILE_WITH_ERRORS);
        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::created, ImportReport::updated,
                ImportReport::unchanged, ImportReport::written).containsExactly(16, 0, 0, 0, false);
        assertThat(stored()).isEqualTo(before);
        assertThat(desk.events.all()).hasSize(logged);
    }

    @Test
    void theReportReadsInChinese() {
        importing(INVENTORY, ALL_OR_NOTHING);

        ImportReport report = importing(INVENTORY_WITH_ERRORS, ALL_OR_NOTHING);

        assertThat(report.describeIn(Locale.SIMPLIFIED_CHINESE)).contains(
                "第 8 行“ipAddress”列：不是IPv4或IPv6地址",
                "第 12 行“criticality”列：不是重要性级别：urgent；请用 临床关键、重要 或 一般（CLINICAL_CRITICAL、IMPORTANT、GENERAL）",
                "第 14 行“assetTag”列：资产标签 SRV-E-001 已在本文件第 2 行使用",
                "第 17 行“class”列：配置项 SRV-0001 已登记为 server，不能改为 workstation；请为新配置项使用新的资产标签");
        assertThat(report.problems().get(0).messageIn(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("既不是配置项的字段，也不是任何配置项类别的属性；此列已忽略");
    }

    @Test
    void validRowsOnlyWritesTheValidRowsAndReportsTheSameProblems() {
        importing(INVENTORY, ALL_OR_NOTHING);

        ImportReport report = importing(INVENTORY_WITH_ERRORS, VALID_ROWS_ONLY);

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactlyElementsOf(REPORT_OF_THE_FILE_WITH_ERRORS);
        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::created, ImportReport::written)
                .containsExactly(16, 2, true);
        assertThat(stored()).hasSize(INVENTORY_ROWS + 2).containsKeys("SRV-E-001", "PRN-E-007")
                .doesNotContainKeys("SRV-E-002", "WS-E-001", "PRN-E-003");
        assertThat(stored().get("SRV-0001").classCode()).isEqualTo("server");
    }

    @Test
    void quotedCellsKeepTheirCommasAndLineBreaks() {
        importing(INVENTORY_WITH_ERRORS, VALID_ROWS_ONLY);

        CiSnapshot printer = stored().get("PRN-E-007");
        assertThat(printer.details().name()).isEqualTo("门诊打印机, 7号");
        assertThat(printer.details().location().room()).contains("门诊大厅\n西侧");
        assertThat(printer.details().criticality()).isEqualTo(ServiceCriticality.GENERAL);
        assertThat(printer.status()).isEqualTo(CiStatus.IN_STOCK);
        assertThat(stored().get("SRV-E-001").details().location().room()).contains("中心机房\n2号机柜");
    }

    @Test
    void onlyWhoMayManageTheCmdbImportsAndARefusalReadsNothing() {
        for (Actor refused : List.of(NURSE_WANG, AGENT_CHEN)) {
            ByteArrayInputStream csv = new ByteArrayInputStream(INVENTORY.bytes());

            assertThatThrownBy(() -> imports.importCsv(refused, csv, ALL_OR_NOTHING))
                    .isInstanceOf(NotPermittedException.class);
            assertThat(csv.available()).isEqualTo(INVENTORY.bytes().length);
        }
        assertThat(stored()).isEmpty();
        assertThat(desk.events.all()).isEmpty();
    }

    @Test
    void anEmptyFileIsRefusedClearly() {
        assertThat(importing("", ALL_OR_NOTHING).describeIn(Locale.ENGLISH)).containsExactly(
                "line 1: the file is empty: it needs a header row, then one row per configuration item");
        assertThat(importing("\r\n\r\n", VALID_ROWS_ONLY).problems()).extracting(RowProblem::code)
                .containsExactly("cmdb.import.empty-file");
    }

    @Test
    void aHeaderWithoutItemsIsRefusedClearly() {
        ImportReport report = importing("class,assetTag,name,criticality\r\n,,,\r\n", VALID_ROWS_ONLY);

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactly(
                "line 1: the file has a header row but no configuration items");
        assertThat(report.rowsRead()).isZero();
    }

    @Test
    void everyMissingRequiredColumnIsNamedAndNothingIsWritten() {
        ImportReport report = importing("名称,序列号\r\nHIS应用服务器1,123\r\n", VALID_ROWS_ONLY);

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactly(
                "line 1: the required column assetTag is missing",
                "line 1: the required column class is missing",
                "line 1: the required column criticality is missing");
        assertThat(report.written()).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void twoColumnsForTheSameFieldAreRefused() {
        ImportReport report = importing(
                "class,资产标签,资产编号,name,criticality\r\nprinter,PRN-1,PRN-1,打印机,GENERAL\r\n", VALID_ROWS_ONLY);

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactly(
                "line 1, column 资产编号: a second column for assetTag (the first is 资产标签)");
        assertThat(stored()).isEmpty();
    }

    @Test
    void anUnclosedQuoteStopsTheImportAtTheLineWhereItsRecordStarts() {
        ImportReport report = importing("class,assetTag,name,criticality,printerKind\r\n"
                + "printer,PRN-1,打印机1,GENERAL,laser\r\n"
                + "printer,PRN-2,\"打印机2,GENERAL,laser\r\n"
                + "printer,PRN-3,打印机3,GENERAL,laser\r\n", VALID_ROWS_ONLY);

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactly("line 3: not well-formed CSV from this line on:"
                + " a quote is not closed, or text follows a closing quote");
        assertThat(report.written()).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aValueUnderNoHeaderIsReportedAndBlankRowsAreSkipped() {
        ImportReport report = importing("class,assetTag,name,criticality,printerKind,\r\n"
                + "printer,PRN-1,打印机1,GENERAL,laser,\r\n"
                + ",,,,,\r\n"
                + "\r\n"
                + "printer,PRN-2,打印机2,GENERAL,laser,备用\r\n", VALID_ROWS_ONLY);

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactly(
                "line 5, column #6: a value in column 6, which has no header");
        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::created).containsExactly(2, 1);
    }

    /** No database stores the NUL character (PostgreSQL refuses it): such a row is refused, the others go in. */
    @Test
    void aValueWithTheNulCharacterIsAProblemOfItsRowAndColumn() {
        String csv = "class,assetTag,name,criticality,printerKind\r\nprinter,PRN-1,打印\u0000机1,GENERAL,laser\r\n"
                + "printer,PRN-2,打印机2,GENERAL,laser\r\n";

        ImportReport report = importing(csv, VALID_ROWS_ONLY);

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::code)
                .containsExactly(tuple(2, "name", "cmdb.import.nul-character"));
        assertThat(stored()).containsOnlyKeys("PRN-2");
    }

    @Test
    void anUnknownColumnAloneStopsAnAllOrNothingImportButNotTheValidRows() {
        String csv = "class,assetTag,name,criticality,printerKind,备注\r\nprinter,PRN-1,打印机1,GENERAL,laser,新购\r\n";

        assertThat(importing(csv, ALL_OR_NOTHING).written()).isFalse();
        assertThat(stored()).isEmpty();

        ImportReport report = importing(csv, VALID_ROWS_ONLY);
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::code)
                .containsExactly(tuple(1, "备注", "cmdb.import.unknown-column"));
        assertThat(report.created()).isEqualTo(1);
    }

    @Test
    void aHospitalMapsItsOwnHeadersAndClassesMayBeNamedInChineseOrEnglish() {
        ImportOptions options = ALL_OR_NOTHING.withHeader("设备名称", "name").withHeader("Kind", "printerKind");

        ImportReport report = importing("类别,资产编号,设备名称,重要性,kind\r\n"
                + "打印机,PRN-1,腕带打印机,重要,wristband\r\n"
                + "Printer,PRN-2,标签打印机,important,label\r\n", options);

        assertThat(report.problems()).isEmpty();
        assertThat(stored().get("PRN-1").details().name()).isEqualTo("腕带打印机");
        assertThat(stored().get("PRN-2").details().attribute("printerKind")).contains("label");
        assertThat(stored().values()).allMatch(ci -> ci.classCode().equals("printer")
                && ci.details().criticality() == ServiceCriticality.IMPORTANT);
    }

    @Test
    void aDisposedItemIsNotImported() {
        ImportReport report = importing("class,assetTag,name,criticality,printerKind,status\r\n"
                + "printer,PRN-1,打印机1,GENERAL,laser,已处置\r\n", VALID_ROWS_ONLY);

        assertThat(report.problems()).extracting(RowProblem::column, RowProblem::code)
                .containsExactly(tuple("status", "cmdb.import.bad-status"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void datesWrittenAsChineseSpreadsheetsExportThemAreStoredAsIso() {
        ImportReport report = importing("class,assetTag,name,criticality,engine,warrantyEnd,supportEnd\r\n"
                + "database,DB-9,LIS database,IMPORTANT,postgresql,2029/6/30,2030年1月5日\r\n", ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(stored().get("DB-9").details().warrantyEnd()).contains(java.time.LocalDate.of(2029, 6, 30));
        assertThat(stored().get("DB-9").details().attribute("supportEnd")).contains("2030-01-05");
    }

    @Test
    void aFileOfFewerColumnsChangesOnlyWhatItGives() {
        importing("class,assetTag,name,criticality,hostname,ipAddress,vendor,room\r\n"
                + "server,SRV-9,App server,GENERAL,app-9,10.0.0.9,Huawei,Server room 1\r\n", ALL_OR_NOTHING);
        int events = desk.events.all().size();

        ImportReport moved = importing("assetTag,class,name,criticality,room\r\n"
                + "SRV-9,server,App server,GENERAL,Server room 2\r\n", ALL_OR_NOTHING);
        ImportReport again = importing("class,assetTag,name,criticality,hostname,ipAddress\r\n"
                + "server,SRV-9,App server,GENERAL,app-9,10.0.0.9\r\n", ALL_OR_NOTHING);

        assertThat(moved.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        CiSnapshot server = stored().get("SRV-9");
        assertThat(server.details().vendor()).contains("Huawei");
        assertThat(server.details().location().room()).contains("Server room 2");
        assertThat(server.details().attribute("hostname")).contains("app-9");
        assertThat(desk.events.all()).hasSize(events + 1);
    }

    @Test
    void anEmptyCellOfAColumnTheFileHasClearsTheValue() {
        importing("class,assetTag,name,criticality,hostname,ipAddress,vendor\r\n"
                + "server,SRV-9,App server,GENERAL,app-9,10.0.0.9,Huawei\r\n", ALL_OR_NOTHING);

        importing("class,assetTag,name,criticality,vendor\r\nserver,SRV-9,App server,GENERAL,\r\n", ALL_OR_NOTHING);

        assertThat(stored().get("SRV-9").details().vendor()).isEmpty();
        assertThat(stored().get("SRV-9").details().attribute("hostname")).contains("app-9");
    }

    @Test
    void aRowGivingAStoredItemAnotherStateIsAProblemOfItsStatus() {
        importing("class,assetTag,name,criticality,printerKind,status\r\nprinter,PRN-1,Printer,GENERAL,laser,IN_USE\r\n",
                ALL_OR_NOTHING);

        ImportReport retired = importing("class,assetTag,name,criticality,printerKind,status\r\n"
                + "printer,PRN-1,Printer,GENERAL,laser,RETIRED\r\n", ALL_OR_NOTHING);

        assertThat(retired.problems()).extracting(RowProblem::column, RowProblem::code)
                .containsExactly(tuple("status", "cmdb.import.status-differs"));
        assertThat(retired.written()).isFalse();
        assertThat(stored().get("PRN-1").status()).isEqualTo(CiStatus.IN_USE);
    }

    @Test
    void eachBatchCommitsOnItsOwnSoAStorageFailureInTheSecondKeepsTheFirstAndTheReportSaysWhereItStopped() {
        CmdbImport failing = importsOn(FaultyConfigurationItems.failingSave(desk.configurationItems, 7));

        ImportReport report = failing.importCsv(CONFIG_MANAGER_QIAN, INVENTORY.open(), ALL_OR_NOTHING.withBatchRows(5));

        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::created, ImportReport::updated,
                ImportReport::unchanged, ImportReport::written, ImportReport::rowsImported)
                .containsExactly(INVENTORY_ROWS, 5, 0, 0, true, 5);
        // Save 7 is the second row of the second batch: rows 6 to 10, on lines 7 to 11.
        assertThat(report.interruption()).hasValueSatisfying(stop -> {
            assertThat(stop).extracting(Interruption::firstLine, Interruption::lastLine).containsExactly(7, 11);
            assertThat(stop.cause()).isInstanceOf(StorageException.class);
        });
        assertThat(report.isClean()).isTrue();
        assertThat(stored()).containsOnlyKeys("SRV-0001", "SRV-0002", "SRV-0003", "STO-0001", "NET-0001");
        assertThat(desk.events.all()).hasSize(5).allMatch(e -> e instanceof CiEvent.Registered);
    }

    @Test
    void importingTheSameFileAgainCompletesAnInterruptedImportAndRecordsNothingTwice() {
        importsOn(FaultyConfigurationItems.failingSave(desk.configurationItems, 7))
                .importCsv(CONFIG_MANAGER_QIAN, INVENTORY.open(), ALL_OR_NOTHING.withBatchRows(5));

        ImportReport again = imports.importCsv(CONFIG_MANAGER_QIAN, INVENTORY.open(), ALL_OR_NOTHING.withBatchRows(5));

        assertThat(again.interruption()).isEmpty();
        assertThat(again).extracting(ImportReport::created, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(INVENTORY_ROWS - 5, 0, 5);
        assertThat(stored()).hasSize(INVENTORY_ROWS);
        assertThat(desk.events.all()).hasSize(INVENTORY_ROWS).allMatch(e -> e instanceof CiEvent.Registered);
    }

    @Test
    void inValidRowsOnlyModeTheBatchesBeforeAFailedOneStayWrittenAndTheRowsAfterItAreNotTried() {
        CmdbImport failing = importsOn(FaultyConfigurationItems.failingSave(desk.configurationItems, 13));

        ImportReport report = failing.importCsv(CONFIG_MANAGER_QIAN, INVENTORY.open(), VALID_ROWS_ONLY.withBatchRows(5));

        // Save 13 is the third row of the third batch: rows 11 to 15, on lines 12 to 16; saves 11 and 12 roll back.
        assertThat(report.created()).isEqualTo(10);
        assertThat(report.interruption()).map(stop -> List.of(stop.firstLine(), stop.lastLine()))
                .contains(List.of(12, 16));
        assertThat(stored()).hasSize(10);
        assertThat(desk.events.all()).hasSize(10);
        assertThat(imports.importCsv(CONFIG_MANAGER_QIAN, INVENTORY.open(), VALID_ROWS_ONLY).created())
                .isEqualTo(INVENTORY_ROWS - 10);
    }

    @Test
    void inAllOrNothingModeEveryRowIsValidatedBeforeTheFirstBatchIsWritten() {
        importing(INVENTORY, ALL_OR_NOTHING);
        Map<String, CiSnapshot> before = stored();
        int logged = desk.events.all().size();

        // The file's two valid rows come early, its last row has a problem: nothing may go in.
        ImportReport report = importing(INVENTORY_WITH_ERRORS, ALL_OR_NOTHING.withBatchRows(2));

        assertThat(report.describeIn(Locale.ENGLISH)).containsExactlyElementsOf(REPORT_OF_THE_FILE_WITH_ERRORS);
        assertThat(report.written()).isFalse();
        assertThat(stored()).isEqualTo(before);
        assertThat(desk.events.all()).hasSize(logged);
    }

    @Test
    void anItemChangedAfterItsRowWasValidatedIsNotOverwrittenAndStopsTheImportAtItsBatch() {
        importing(INVENTORY, ALL_OR_NOTHING);
        CiId firewall = desk.configurationItems.findByAssetTag(AssetTag.of("NET-0002")).orElseThrow().id();
        // Lookups 1 to 22 validate the rows; lookup 23 is the first of the writing, in the first batch's transaction.
        CmdbImport raced = importsOn(FaultyConfigurationItems.interferingBeforeLookup(desk.configurationItems,
                INVENTORY_ROWS + 1, () -> desk.cmdb.items().handle(new CmdbCommand.TakeLifecycleStep(
                        CONFIG_MANAGER_QIAN, firewall, null, CiAction.SEND_TO_REPAIR, null, "fan failure"))));

        ImportReport report = raced.importCsv(CONFIG_MANAGER_QIAN, INVENTORY.open(), ALL_OR_NOTHING.withBatchRows(5));

        assertThat(report.unchanged()).isEqualTo(5);
        assertThat(report.interruption()).hasValueSatisfying(stop -> {
            assertThat(stop).extracting(Interruption::firstLine, Interruption::lastLine).containsExactly(7, 11);
            assertThat(stop.cause()).isInstanceOf(VersionConflictException.class);
        });
        assertThat(stored().get("NET-0002").status()).isEqualTo(CiStatus.UNDER_REPAIR);
    }

    @Test
    void aBatchHoldsOneRowAtLeastAndTenThousandAtMost() {
        assertThat(ALL_OR_NOTHING.batchRows()).isEqualTo(ImportOptions.DEFAULT_BATCH_ROWS);
        assertThat(VALID_ROWS_ONLY.withBatchRows(1).withHeader("设备名称", "name").batchRows()).isEqualTo(1);
        assertThatThrownBy(() -> ALL_OR_NOTHING.withBatchRows(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ALL_OR_NOTHING.withBatchRows(ImportOptions.MAX_BATCH_ROWS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The import of the CMDB on this desk's stores, its configuration items seen through {@code items}. */
    private CmdbImport importsOn(FaultyConfigurationItems items) {
        return Cmdb.create(new CmdbPorts(desk.ports, items, desk.affectedCis, desk.faultLinks), CmdbSettings.hospitalDefault(),
                DemoHospital.settings(), InMemoryServiceDesk.validator(), desk.desk).imports();
    }

    private ImportReport importing(ImportFixture fixture, ImportOptions options) {
        return imports.importCsv(CONFIG_MANAGER_QIAN, fixture.open(), options);
    }

    private ImportReport importing(String csv, ImportOptions options) {
        return imports.importCsv(CONFIG_MANAGER_QIAN, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                options);
    }

    private Map<String, CiSnapshot> stored() {
        return stored(desk);
    }

    private static Map<String, CiSnapshot> stored(InMemoryServiceDesk in) {
        Map<String, CiSnapshot> byTag = new TreeMap<>();
        in.configurationItems.forEach(ci -> byTag.put(ci.details().assetTag().value(), ci));
        return byTag;
    }

    /** What an import decides about each item: class, details and state, not ids or versions. */
    private static Map<String, List<Object>> contentOf(Map<String, CiSnapshot> items) {
        Map<String, List<Object>> content = new TreeMap<>();
        items.forEach((tag, ci) -> content.put(tag, List.of(ci.classCode(), ci.details(), ci.status())));
        return content;
    }
}
