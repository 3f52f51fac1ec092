package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.machineroom.RoomEventKind;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.operations.in.BackupCommand;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.MachineRoomCommand;
import org.itilhis.ports.operations.in.MachineRoomEntryView;
import org.itilhis.ports.operations.in.OpenRepair;
import org.itilhis.ports.operations.in.RecordedRun;
import org.itilhis.ports.operations.in.RepairCommand;
import org.itilhis.ports.operations.in.RepairView;
import org.itilhis.ports.operations.in.RoundView;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.service.BackupPorts;
import org.itilhis.ports.operations.service.BackupSettings;
import org.itilhis.ports.operations.service.Backups;
import org.itilhis.ports.operations.service.InspectionPorts;
import org.itilhis.ports.operations.service.InspectionSettings;
import org.itilhis.ports.operations.service.Inspections;
import org.itilhis.ports.operations.service.MachineRoomLog;
import org.itilhis.ports.operations.service.MachineRoomPorts;
import org.itilhis.ports.operations.service.MachineRoomSettings;
import org.itilhis.ports.operations.service.RepairPorts;
import org.itilhis.ports.operations.service.Repairs;
import org.itilhis.ports.operations.service.StockLedger;
import org.itilhis.ports.operations.service.StockPorts;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.memory.MutableClock;

/**
 * A month of the demo hospital's daily operations records (issue 18), so that the five records
 * have something to show: the network group (lead Ma) keeps the data centre's machine room round
 * at 08:00 and 20:00 every day (temperature 18-27 °C, humidity 40-60 %, UPS load and battery
 * time, the fire suppression panel, the PACS archive's disk usage), a weekly UPS test and a
 * monthly fire suppression check; eighteen days ago the evening round reads 29.5 °C, which raises
 * an incident on the machine room, the next morning's 28.4 °C adds to it, and Ma resolves it once
 * the air conditioning is back. HIS application support (lead Wu) keeps the nightly HIS database
 * backup, the PACS archive's and the file server's; twelve days ago the HIS database backup fails
 * (an incident on the database, resolved after the next night's good run) and five days ago the
 * PACS archive's run never arrives (the missed-run check raises its incident, resolved after the
 * next run). Desktop support sends ward 5 east's laser printer to HP and gets it back with a
 * toner from stock, and replaces a radiology PACS reading station's disk from stock, each item
 * moving through the CMDB's lifecycle (under repair, in use). The IT store and the outpatient
 * cabinet receive toner, keyboards, hard disks and power supplies, issue them to departments,
 * tickets and repairs, transfer toner once and count the keyboards once; the toner at the IT
 * store falls to its reorder level once (lead Sun is told). The machine room log has the
 * rounds' readings of the hot evening, an escorted Huawei engineer's visit and a generator test.
 *
 * <p>Loaded through the records' own use cases over the given ports, on a clock of its own stepped
 * through the month before {@code now} (the CMDB's fault incidents and the desk on that clock too,
 * so that every record and incident carries the time it happened); the missing items of the
 * machine room (the room, its UPS, the file server) are registered in the CMDB first. Loading is
 * guarded: where the machine room round's template exists, nothing is written. Needs the service
 * levels' calendars ({@link DemoHospital#configureServiceLevels}) and the demo CMDB ({@link
 * DemoCmdb}).
 */
public final class DemoOperations {
    /** How far back the month reaches. */
    public static final Duration MONTH = Duration.ofDays(30);
    /** Who the demo month needs in the staff directory: the engineers, their leads, the desk and the configuration manager. */
    public static final ImmutableList<Actor> PEOPLE = ImmutableList.of(NETWORK_MA, LEAD_WU, SPECIALIST_HUANG, LEAD_SUN,
            ENGINEER_LIU, ENGINEER_ZHOU, AGENT_CHEN, CONFIG_MANAGER_QIAN);
    /** The machine room (a CMDB item of class hardware), its UPS and the file server, registered by the load. */
    public static final String MACHINE_ROOM = "ROOM-DC-B1";
    public static final String UPS = "UPS-DC-01";
    public static final String FILE_SERVER = "SRV-FILE01";
    /** The templates. */
    public static final String DAILY_ROUND = "MR-DAILY";
    public static final String UPS_TEST = "UPS-WEEKLY";
    public static final String FIRE_CHECK = "FIRE-MONTHLY";
    /** The backup jobs. */
    public static final BackupJobCode HIS_DATABASE = BackupJobCode.of("HIS-DB-NIGHTLY");
    public static final BackupJobCode PACS_ARCHIVE = BackupJobCode.of("PACS-ARCHIVE");
    public static final BackupJobCode FILE_SHARES = BackupJobCode.of("FILE-SERVER");
    /** The store rooms and stock items. */
    public static final String IT_STORE = "IT-STORE";
    public static final String OUTPATIENT_CABINET = "OPD-CABINET";
    public static final String TONER = "TONER-CF259A";
    public static final String KEYBOARD = "KEYBOARD-USB";
    public static final String HARD_DISK = "HDD-1TB";
    public static final String POWER_SUPPLY = "PSU-500W";
    /** The printer sent to HP and the PACS reading station whose disk is replaced. */
    public static final String WARD_PRINTER = "PRN-W5E-03";
    public static final String READING_STATION = "WS-RAD-02";
    /** The days back of the hot evening, the failed backup and the missed one. */
    static final int HOT_EVENING = 18;
    static final int FAILED_BACKUP = 12;
    static final int MISSED_BACKUP = 5;
    /** The daily round's grace either side of its due time: with rounds at 08:00 and 20:00 one is always open. */
    public static final Duration DAILY_GRACE = Duration.ofHours(6);

    /**
     * What was loaded: the incidents of the hot evening, of the failed backup and of the missed
     * one (their numbers), and the two repairs.
     */
    public record Loaded(String temperatureIncident, String failedBackupIncident, String missedBackupIncident,
                         RepairId printerRepair, RepairId diskRepair) {
    }

    /** The ports of the records the month is loaded through; they must share the desk's stores and transactions. */
    public record Ports(CmdbPorts cmdb, InspectionPorts inspections, BackupPorts backups, RepairPorts repairs,
                        StockPorts stock, MachineRoomPorts machineRoom) {
        public Ports {
            checkNotNull(cmdb, "cmdb");
            checkNotNull(inspections, "inspections");
            checkNotNull(backups, "backups");
            checkNotNull(repairs, "repairs");
            checkNotNull(stock, "stock");
            checkNotNull(machineRoom, "machineRoom");
        }
    }

    private record Step(Instant at, Runnable action) {
    }

    private final MutableClock clock;
    private final ZoneId zone;
    private final LocalDate today;
    private final Instant now;
    private final ServiceDesk desk;
    private final Cmdb cmdb;
    private final Inspections inspections;
    private final Backups backups;
    private final StockLedger stock;
    private final Repairs repairs;
    private final MachineRoomLog log;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, CiId> items = new LinkedHashMap<>();
    private final DemoCmdb.Estate estate;
    private String temperatureIncident;
    private String failedBackupIncident;
    private String missedBackupIncident;
    private RepairId printerRepair;
    private RepairId diskRepair;

    private DemoOperations(Ports ports, ServiceDeskSettings settings, Validator validator, Instant now,
                           DemoCmdb.Estate estate) {
        this.zone = settings.zone();
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
        this.estate = estate;
        this.clock = new MutableClock(today.minusDays(MONTH.toDays()).atStartOfDay(zone).toInstant(), zone);
        ServiceDeskPorts real = ports.cmdb().desk();
        ServiceDeskPorts onClock = new ServiceDeskPorts(real.tickets(), real.contacts(), real.numbers(), real.events(),
                real.notifier(), real.directory(), real.transactions(), clock, real.reads());
        this.desk = ServiceDesk.create(onClock, settings, validator);
        CmdbPorts cmdbPorts = new CmdbPorts(onClock, ports.cmdb().items(), ports.cmdb().links(), ports.cmdb().faults());
        this.cmdb = Cmdb.create(cmdbPorts, CmdbSettings.hospitalDefault(), settings, validator, desk);
        InspectionPorts i = ports.inspections();
        this.inspections = Inspections.create(new InspectionPorts(onClock, i.calendars(), i.items(),
                cmdb.faultIncidents(), i.templates(), i.schedules(), i.rounds()), InspectionSettings.hospitalDefault(),
                settings, validator);
        BackupPorts b = ports.backups();
        this.backups = Backups.create(new BackupPorts(onClock, b.calendars(), b.items(), b.jobs(), b.runs(), b.missed(),
                b.restoreTests()), BackupSettings.hospitalDefault(), settings, validator, cmdb.faultIncidents());
        StockPorts s = ports.stock();
        this.stock = StockLedger.create(new StockPorts(onClock, s.items(), s.rooms(), s.balances(), s.movements()),
                StockSettings.hospitalDefault(), settings, validator);
        this.repairs = Repairs.create(new RepairPorts(cmdbPorts, ports.repairs().problems(), ports.repairs().repairs()),
                settings, validator, cmdb, stock);
        MachineRoomPorts m = ports.machineRoom();
        this.log = MachineRoomLog.create(new MachineRoomPorts(onClock, m.items(), m.entries()),
                MachineRoomSettings.hospitalDefault(), settings, validator);
    }

    /**
     * Loads the month before {@code now} through the records over {@code ports} (whose own clock
     * is not used), unless the machine room round's template exists already.
     *
     * @param estate the demo CMDB's items
     * @return what was loaded, empty when the template existed
     */
    public static Optional<Loaded> loadInto(Ports ports, ServiceDeskSettings settings, Validator validator,
                                            Instant now, DemoCmdb.Estate estate) {
        checkNotNull(ports, "ports");
        checkNotNull(settings, "settings");
        checkNotNull(validator, "validator");
        checkNotNull(now, "now");
        checkNotNull(estate, "estate");
        DemoOperations month = new DemoOperations(ports, settings, validator, now, estate);
        if (month.inspections.queries().templates(NETWORK_MA, NETWORK).stream()
                .anyMatch(t -> t.template().code().equals(DAILY_ROUND))) {
            return Optional.empty();
        }
        return Optional.of(month.load());
    }

    private Loaded load() {
        registerItems();
        configureRounds();
        defineBackupJobs();
        stockUp();
        LocalDate first = today.minusDays(MONTH.toDays());
        for (LocalDate day = first; day.isBefore(today.plusDays(1)); day = day.plusDays(1)) {
            int back = (int) (today.toEpochDay() - day.toEpochDay());
            for (int hour = 0; hour < 24; hour += 6) {
                step(day, LocalTime.of(hour, 1), this::runTimers);
            }
            rounds(day, back);
            backups(day, back);
        }
        stockMovements();
        repairs();
        machineRoomLog();
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            clock.advance(Duration.between(clock.instant(), step.at()));
            step.action().run();
        }
        clock.advance(Duration.between(clock.instant(), now));
        runTimers();
        return new Loaded(temperatureIncident, failedBackupIncident, missedBackupIncident, printerRepair, diskRepair);
    }

    /** Adds a step at {@code time} of {@code day}, unless that is not before now. */
    private void step(LocalDate day, LocalTime time, Runnable action) {
        step(day.atTime(time).atZone(zone).toInstant(), action);
    }

    private void step(Instant at, Runnable action) {
        if (at.isBefore(now)) {
            steps.add(new Step(at, action));
        }
    }

    private void step(int back, String time, Runnable action) {
        step(today.minusDays(back), LocalTime.parse(time), action);
    }

    private void runTimers() {
        inspections.roundsDue().run();
        backups.missedBackups().run();
    }

    // The CMDB's items the records name.

    private void registerItems() {
        items.put(MACHINE_ROOM, register("hardware", MACHINE_ROOM, "Data centre machine room 信息中心机房", NETWORK,
                null, Map.of()));
        items.put(UPS, register("hardware", UPS, "Machine room UPS 机房UPS (2 x 80 kVA)", NETWORK, "华为 Huawei",
                Map.of("manufacturer", "Huawei", "model", "UPS5000-E-80K")));
        items.put(FILE_SERVER, register("server", FILE_SERVER, "File server 文件服务器", HIS_SUPPORT, "惠普 HP",
                Map.of("hostname", "file01", "ipAddress", "10.10.1.81", "manufacturer", "HPE",
                        "model", "ProLiant DL380 Gen10")));
    }

    private CiId register(String classCode, String tag, String name, GroupId support, String vendor,
                          Map<String, String> attributes) {
        try {
            return cmdb.queries().findByAssetTag(CONFIG_MANAGER_QIAN, tag).item().id();
        } catch (CiNotFoundException absent) {
            return cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, classCode,
                    new CiData(tag, name, null, DemoCmdb.CAMPUS, DemoCmdb.MEDICAL_TECHNOLOGY_BUILDING,
                            DemoDataCentre.DATA_CENTRE_FLOOR, DemoDataCentre.DATA_CENTRE_ROOM, DemoHospital.IT.value(),
                            support.value(), ServiceCriticality.CLINICAL_CRITICAL, vendor,
                            vendor == null ? null : LocalDate.of(2028, 6, 30), attributes), CiStatus.IN_USE))
                    .item().id();
        }
    }

    // Inspection rounds.

    private void configureRounds() {
        CiId room = items.get(MACHINE_ROOM);
        CiId ups = items.get(UPS);
        inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(NETWORK_MA, DAILY_ROUND, NETWORK,
                0L, "机房日常巡检 Machine room daily round", room, List.of(
                        reading("temperature", "机房温度 Machine room temperature", null, "°C", "18", "27"),
                        reading("humidity", "机房湿度 Humidity", null, "%", "40", "60"),
                        reading("ups-load", "UPS负载 UPS load", ups, "%", null, "80"),
                        reading("ups-battery", "UPS后备时间 UPS battery time", ups, "min", "15", null),
                        new InspectionCommand.ItemDefinition("fire-panel", "消防控制盘无故障 Fire suppression panel shows no fault",
                                ItemKind.PASS_FAIL, null, null, null, null, null, null),
                        reading("pacs-disk", "PACS存储使用率 PACS archive disk usage", estate.pacsStorage(), "%", null,
                                "85"))));
        inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(NETWORK_MA, UPS_TEST, NETWORK, 0L,
                "UPS每周测试 Weekly UPS test", ups, List.of(
                        new InspectionCommand.ItemDefinition("transfer", "切换到电池供电正常 Transfers to battery",
                                ItemKind.PASS_FAIL, null, null, null, null, null, null),
                        reading("battery-runtime", "电池放电时间 Battery runtime at load", null, "min", "15", null),
                        reading("ups-load", "UPS负载 UPS load", null, "%", null, "80"))));
        inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(NETWORK_MA, FIRE_CHECK, NETWORK,
                0L, "气体灭火系统月检 Monthly fire suppression check", room, List.of(
                        reading("cylinder-pressure", "七氟丙烷钢瓶压力 FM-200 cylinder pressure", null, "MPa", "4.0",
                                "4.6"),
                        new InspectionCommand.ItemDefinition("detectors", "烟感温感测试正常 Detectors respond",
                                ItemKind.PASS_FAIL, null, null, null, null, null, null),
                        new InspectionCommand.ItemDefinition("panel", "控制盘自检正常 Control panel self-test",
                                ItemKind.PASS_FAIL, null, null, null, null, null, null))));
        inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(NETWORK_MA, NETWORK, DAILY_ROUND,
                "0 8,20 * * *", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK, DAILY_GRACE));
        inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(NETWORK_MA, NETWORK, UPS_TEST,
                "0 9 * * 1", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK, Duration.ofDays(1)));
        inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(NETWORK_MA, NETWORK, FIRE_CHECK,
                "0 10 1 * *", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK, Duration.ofDays(3)));
    }

    private static InspectionCommand.ItemDefinition reading(String code, String name, CiId ci, String unit, String low,
                                                            String high) {
        return new InspectionCommand.ItemDefinition(code, name, ItemKind.READING, ci, unit,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high), null, null);
    }

    private void rounds(LocalDate day, int back) {
        for (int hour : List.of(8, 20)) {
            String temperature = back == HOT_EVENING && hour == 20 ? "29.5"
                    : back == HOT_EVENING - 1 && hour == 8 ? "28.4"
                    : BigDecimal.valueOf(220 + (back * 7 + hour) % 30, 1).toPlainString();
            step(day, LocalTime.of(hour, 12), () -> record(DAILY_ROUND, day, hour, List.of(
                    answer("temperature", temperature, "°C"),
                    answer("humidity", String.valueOf(44 + (back + hour) % 9), "%"),
                    answer("ups-load", String.valueOf(36 + back % 5), "%"),
                    answer("ups-battery", "32", "min"),
                    new InspectionCommand.Answer("fire-panel", true, null, null, null, null),
                    answer("pacs-disk", BigDecimal.valueOf(780 - back * 2, 1).toPlainString(), "%"))));
        }
        if (back == HOT_EVENING - 1) {
            step(day, LocalTime.of(15, 30), () -> temperatureIncident = resolve(temperatureIncident, NETWORK, NETWORK_MA,
                    ResolutionCode.HARDWARE_REPLACED,
                    "2号精密空调压缩机更换后机房温度恢复到23 °C; air conditioner 2's compressor replaced, 23 °C again"));
        }
        if (day.getDayOfWeek().getValue() == 1) {
            step(day, LocalTime.of(9, 20), () -> record(UPS_TEST, day, 9, List.of(
                    new InspectionCommand.Answer("transfer", true, null, null, null, null),
                    answer("battery-runtime", "31", "min"), answer("ups-load", "38", "%"))));
        }
        if (day.getDayOfMonth() == 1) {
            step(day, LocalTime.of(10, 40), () -> record(FIRE_CHECK, day, 10, List.of(
                    answer("cylinder-pressure", "4.3", "MPa"),
                    new InspectionCommand.Answer("detectors", true, null, null, null, null),
                    new InspectionCommand.Answer("panel", true, null, null, null, null))));
        }
    }

    private static InspectionCommand.Answer answer(String item, String reading, String unit) {
        return new InspectionCommand.Answer(item, null, reading, unit, null, null);
    }

    /**
     * Ma records the round of {@code template} due at {@code hour}:00 on {@code day}, twelve or so
     * minutes after; a daily round whose window is still open at {@code now} is left unrecorded.
     */
    private void record(String template, LocalDate day, int hour, List<InspectionCommand.Answer> answers) {
        Instant due = day.atTime(hour, 0).atZone(zone).toInstant();
        if (template.equals(DAILY_ROUND) && !due.plus(DAILY_GRACE).isBefore(now)) {
            return; // the round still open is left to the engineer on duty (the README's story records it)
        }
        RoundView round = inspections.queries().rounds(NETWORK_MA, NETWORK, due, due.plusSeconds(1),
                        EnumSet.allOf(RoundStanding.class)).stream()
                .filter(r -> r.state().template().equals(template) && r.state().due().equals(due))
                .findFirst().orElseThrow(() -> new IllegalStateException("no round of " + template + " due at " + due));
        RoundView recorded = inspections.inspections().recordRound(new InspectionCommand.RecordRound(NETWORK_MA,
                round.id(), round.version(), round.state().templateVersion(), NETWORK_MA.staffId(), clock.instant(),
                answers));
        recorded.state().results().stream().filter(r -> r.item().equals("temperature"))
                .flatMap(r -> r.incident().stream()).findFirst().ifPresent(number -> temperatureIncident = number);
    }

    /** Works the incident {@code number} to resolved: assigned to {@code engineer} of {@code group}, who resolves it. */
    private String resolve(String number, GroupId group, Actor engineer, ResolutionCode code, String note) {
        if (number == null) {
            return null;
        }
        TicketView ticket = desk.queries().byNumber(AGENT_CHEN, TicketNumber.parse(number)).orElseThrow();
        if (!ticket.group().equals(group) || ticket.engineer().isEmpty()) {
            ticket = desk.tickets().handle(new TicketCommand.Assign(AGENT_CHEN, ticket.id(), null, group,
                    engineer.staffId()));
        }
        if (ticket.status() == TicketStatus.ASSIGNED) {
            desk.tickets().handle(new TicketCommand.Accept(engineer, ticket.id(), null));
            ticket = desk.tickets().handle(new TicketCommand.Start(engineer, ticket.id(), null));
        }
        desk.tickets().handle(new TicketCommand.Resolve(engineer, ticket.id(), null, code, note));
        return number;
    }

    // Backups.

    private void defineBackupJobs() {
        backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU, HIS_DATABASE, HIS_SUPPORT,
                new BackupCommand.JobFields("HIS 数据库每日全备 HIS database nightly full backup", estate.id("DB-HIS"),
                        "0 2 * * *", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK, BackupKind.FULL,
                        "NAS-02:/backup/his", Duration.ofHours(2), Duration.ofHours(24))));
        backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU, PACS_ARCHIVE, HIS_SUPPORT,
                new BackupCommand.JobFields("PACS 影像归档增量备份 PACS archive nightly incremental",
                        estate.pacsStorage(), "0 23 * * *", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK,
                        BackupKind.INCREMENTAL, "TAPE-LIB-01:pacs", Duration.ofHours(3), Duration.ofHours(24))));
        backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU, FILE_SHARES, HIS_SUPPORT,
                new BackupCommand.JobFields("文件服务器每日增量 File server nightly incremental", items.get(FILE_SERVER),
                        "30 1 * * *", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK, BackupKind.INCREMENTAL,
                        "NAS-02:/backup/files", Duration.ofHours(2), Duration.ofHours(24))));
    }

    private void backups(LocalDate day, int back) {
        post(HIS_DATABASE, day, "02:00", 41, back == FAILED_BACKUP ? BackupOutcome.FAILED : BackupOutcome.SUCCEEDED,
                52_400_000_000L + back * 31_000_000L);
        if (back != MISSED_BACKUP) {
            post(PACS_ARCHIVE, day, "23:00", 95, BackupOutcome.SUCCEEDED, 180_000_000_000L + back * 1_000_000_000L);
        } else {
            // The missed-run check (every six hours) raises the miss's incident once the grace is over.
            step(day.plusDays(1), LocalTime.of(8, 0), () -> missedBackupIncident = openIncident(PACS_ARCHIVE));
        }
        post(FILE_SHARES, day, "01:30", 12, BackupOutcome.SUCCEEDED, 3_100_000_000L + back * 20_000_000L);
        if (back == FAILED_BACKUP - 1) {
            step(day, LocalTime.of(9, 30), () -> failedBackupIncident = resolve(failedBackupIncident, HIS_SUPPORT,
                    SPECIALIST_HUANG, ResolutionCode.CONFIGURATION_CORRECTED,
                    "NAS-02 卷空间已扩容, 当晚备份成功; NAS-02's volume extended, the next night's backup succeeded"));
        }
        if (back == MISSED_BACKUP - 1) {
            step(day, LocalTime.of(10, 0), () -> missedBackupIncident = resolve(missedBackupIncident, HIS_SUPPORT,
                    LEAD_WU, ResolutionCode.FIXED,
                    "磁带库机械手卡住已复位, 当晚备份恢复; the tape library's robot was stuck, reset, last night's run arrived"));
        }
    }

    /** The backup software posts a run of {@code job} due at {@code time} on {@code day}, lasting {@code minutes}. */
    private void post(BackupJobCode job, LocalDate day, String time, int minutes, BackupOutcome outcome, long size) {
        Instant started = day.atTime(LocalTime.parse(time)).atZone(zone).toInstant().plusSeconds(5);
        Instant ended = started.plus(Duration.ofMinutes(minutes));
        String id = job.value().toLowerCase() + "-" + day;
        step(ended.plus(Duration.ofMinutes(1)), () -> {
            RecordedRun run = backups.jobs().recordRun(new BackupCommand.RecordRun(Actor.system(), job, id, outcome,
                    started, ended, outcome == BackupOutcome.FAILED ? 0L : size,
                    outcome == BackupOutcome.FAILED ? null : "NAS-02:/backup/" + id,
                    outcome == BackupOutcome.FAILED ? "ORA-19502: write error on file \"/backup/his/full_" + day
                            + ".bkp\"; ORA-27072: File I/O error (NAS-02 volume full)" : null));
            if (outcome == BackupOutcome.FAILED) {
                failedBackupIncident = run.incident().orElse(null);
            }
        });
    }

    private String openIncident(BackupJobCode job) {
        return cmdb.faultIncidents().openIncident("backup", job.value()).map(i -> i.number()).orElse(null);
    }

    // Stock.

    private void stockUp() {
        stock.stock().defineStoreRoom(new StockCommand.DefineStoreRoom(LEAD_SUN, IT_STORE, 0L,
                "信息科备件库 IT store (medical technology building B1)"));
        stock.stock().defineStoreRoom(new StockCommand.DefineStoreRoom(LEAD_SUN, OUTPATIENT_CABINET, 0L,
                "门诊楼耗材柜 Outpatient building consumables cabinet"));
        stock.stock().defineItem(new StockCommand.DefineItem(LEAD_SUN, TONER, "HP 59A 硒鼓 toner cartridge (CF259A)",
                "个", StockKind.CONSUMABLE, null, LEAD_SUN.staffId(), Map.of(IT_STORE, 5L, OUTPATIENT_CABINET, 1L)));
        stock.stock().defineItem(new StockCommand.DefineItem(LEAD_SUN, KEYBOARD, "USB 键盘 USB keyboard", "个",
                StockKind.CONSUMABLE, null, LEAD_SUN.staffId(), Map.of(IT_STORE, 3L)));
        stock.stock().defineItem(new StockCommand.DefineItem(LEAD_SUN, HARD_DISK, "1 TB SATA 硬盘 hard disk", "块",
                StockKind.SPARE_PART, "workstation", LEAD_SUN.staffId(), Map.of(IT_STORE, 2L)));
        stock.stock().defineItem(new StockCommand.DefineItem(LEAD_SUN, POWER_SUPPLY, "500 W 电源 power supply", "个",
                StockKind.SPARE_PART, "workstation", LEAD_SUN.staffId(), Map.of(IT_STORE, 1L)));
    }

    private void stockMovements() {
        step(29, "10:00", () -> receive(TONER, 12, "惠普授权经销商 HP reseller", "PO-2026-0412"));
        step(29, "10:05", () -> receive(KEYBOARD, 10, "联想 Lenovo", "PO-2026-0413"));
        step(29, "10:10", () -> receive(HARD_DISK, 4, "希捷 Seagate", "PO-2026-0414"));
        step(29, "10:15", () -> receive(POWER_SUPPLY, 3, "航嘉 Huntkey", "PO-2026-0415"));
        step(27, "14:00", () -> transfer(TONER, 3, "门诊收费处备用 for the outpatient billing windows"));
        String[][] toners = {{"25", "ward-5-east"}, {"22", "outpatient-registration"}, {"19", "radiology"},
                {"15", "laboratory"}, {"11", "ward-5-east"}, {"8", "inpatient-pharmacy"}, {"3", "medical-records"}};
        for (String[] toner : toners) {
            step(Integer.parseInt(toner[0]), "11:00", () -> issue(ENGINEER_LIU, TONER, IT_STORE, 1,
                    RecipientKind.DEPARTMENT, toner[1], "更换硒鼓 toner replaced"));
        }
        step(20, "09:40", () -> issue(ENGINEER_ZHOU, TONER, OUTPATIENT_CABINET, 1, RecipientKind.DEPARTMENT,
                "outpatient-registration", "挂号窗口打印机 registration window printer"));
        step(24, "15:10", () -> issue(ENGINEER_ZHOU, KEYBOARD, IT_STORE, 1, RecipientKind.TICKET, "INC-2026-000321",
                "键盘进水更换 keyboard with tea in it replaced"));
        step(16, "10:20", () -> issue(ENGINEER_LIU, KEYBOARD, IT_STORE, 2, RecipientKind.DEPARTMENT, "laboratory",
                "检验科新工位 new desks in the laboratory"));
        step(9, "16:00", () -> issue(ENGINEER_LIU, POWER_SUPPLY, IT_STORE, 1, RecipientKind.PERSON,
                ENGINEER_LIU.staffId().value(), "急诊分诊台电脑电源 triage desk PC's power supply"));
        step(2, "17:00", () -> stock.stock().takeStock(new StockCommand.TakeStock(LEAD_SUN, KEYBOARD, IT_STORE, 6L,
                7L, "月末盘点少一个, 借给护理部未登记 month-end count: one lent to nursing unrecorded")));
    }

    private void receive(String item, long quantity, String supplier, String reference) {
        stock.stock().receive(new StockCommand.Receive(ENGINEER_LIU, item, IT_STORE, quantity, supplier, reference,
                null));
    }

    private void transfer(String item, long quantity, String note) {
        stock.stock().transfer(new StockCommand.Transfer(ENGINEER_ZHOU, item, IT_STORE, OUTPATIENT_CABINET, quantity,
                note));
    }

    private void issue(Actor by, String item, String room, long quantity, RecipientKind kind, String recipient,
                       String note) {
        stock.stock().issue(new StockCommand.Issue(by, item, room, quantity, kind, recipient, null, note));
    }

    // Repairs.

    private void repairs() {
        CiId printer = estate.id(WARD_PRINTER);
        step(21, "09:10", () -> printerRepair = repairs.repairs().open(new OpenRepair(ENGINEER_LIU, printer,
                "定影组件异响, 打印卡纸 fuser grinding, paper jams", null, null, null, clock.instant())).id());
        step(21, "14:00", () -> handle(new RepairCommand.SendToRepair(ENGINEER_LIU, printerRepair, null,
                "送惠普维修站保修 sent to HP's service centre under warranty")));
        step(14, "10:30", () -> handle(new RepairCommand.ReturnFromRepair(ENGINEER_LIU, printerRepair, null,
                clock.instant(), "更换定影组件后返回 back with a new fuser")));
        step(14, "10:45", () -> handle(new RepairCommand.UseParts(ENGINEER_LIU, printerRepair, null, TONER, IT_STORE,
                1)));
        step(14, "11:00", () -> handle(new RepairCommand.Close(ENGINEER_LIU, printerRepair, null)));
        CiId station = estate.id(READING_STATION);
        step(7, "08:50", () -> diskRepair = repairs.repairs().open(new OpenRepair(ENGINEER_ZHOU, station,
                "硬盘 SMART 告警, 影像加载缓慢 disk SMART warning, images load slowly", null, null, null,
                clock.instant())).id());
        step(7, "09:00", () -> handle(new RepairCommand.SendToRepair(ENGINEER_ZHOU, diskRepair, null,
                "科内更换硬盘 disk replaced in the department")));
        step(7, "09:40", () -> handle(new RepairCommand.UseParts(ENGINEER_ZHOU, diskRepair, null, HARD_DISK, IT_STORE,
                1)));
        step(7, "11:20", () -> handle(new RepairCommand.ReturnFromRepair(ENGINEER_ZHOU, diskRepair, null,
                clock.instant(), "系统已恢复, 影像加载正常 restored from the image, images load normally")));
        step(7, "11:30", () -> handle(new RepairCommand.RecordCost(ENGINEER_ZHOU, diskRepair, null,
                new BigDecimal("420.00"), "CNY")));
        step(7, "11:35", () -> handle(new RepairCommand.Close(ENGINEER_ZHOU, diskRepair, null)));
    }

    private RepairView handle(RepairCommand command) {
        return repairs.repairs().handle(command);
    }

    // Machine room log.

    private void machineRoomLog() {
        CiId room = items.get(MACHINE_ROOM);
        step(HOT_EVENING, "20:10", () -> log.log().recordReading(new MachineRoomCommand.RecordReading(NETWORK_MA, room,
                "temperature", new BigDecimal("29.5"), "°C", clock.instant())));
        step(HOT_EVENING, "20:11", () -> log.log().recordReading(new MachineRoomCommand.RecordReading(NETWORK_MA, room,
                "humidity", new BigDecimal("41"), "%", clock.instant())));
        step(HOT_EVENING - 1, "16:00", () -> log.log().recordReading(new MachineRoomCommand.RecordReading(NETWORK_MA,
                room, "temperature", new BigDecimal("23.1"), "°C", clock.instant())));
        MachineRoomEntryView[] visit = new MachineRoomEntryView[1];
        step(10, "14:05", () -> visit[0] = log.log().recordAccess(new MachineRoomCommand.RecordAccess(NETWORK_MA, room,
                null, "王强 Wang Qiang", "华为 Huawei", NETWORK_MA.staffId(),
                "更换 PACS 存储故障硬盘 replace a failed disk of the PACS archive", clock.instant())));
        step(10, "15:40", () -> log.log().recordExit(new MachineRoomCommand.RecordExit(NETWORK_MA,
                visit[0].id(), null, clock.instant())));
        step(6, "10:30", () -> log.log().recordEvent(new MachineRoomCommand.RecordEvent(NETWORK_MA, room,
                RoomEventKind.GENERATOR_TEST, clock.instant().minus(Duration.ofMinutes(25)), clock.instant(),
                "柴油发电机带载测试 25 分钟, 切换正常 generator run on load for 25 minutes, transfer normal")));
    }

    /** The asset tags of the CMDB items the load registers (the machine room, its UPS, the file server). */
    public static List<String> registeredTags() {
        return ImmutableList.of(MACHINE_ROOM, UPS, FILE_SERVER);
    }
}
