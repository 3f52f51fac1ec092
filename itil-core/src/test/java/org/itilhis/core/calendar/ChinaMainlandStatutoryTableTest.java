package org.itilhis.core.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.ibm.icu.util.ChineseCalendar;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;
import com.nlf.calendar.util.ShouXingUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generates and guards {@code china-mainland-statutory.txt}: mainland China's statutory public
 * holidays for 2025 to 2050 under the Holiday Measures (全国年节及纪念日放假办法) as revised in
 * November 2024, without the yearly arrangements (调休) that only a State Council notice can give.
 *
 * <p>Core depends on the JDK and Guava only, so the lunar calendar and the solar terms cannot be
 * computed at run time; the table ships as data and this test recomputes it from the rules with
 * two calendar libraries and fails on any difference. After a deliberate change (rules, years,
 * library versions) regenerate the file from the project root with
 * {@code mvn -pl itil-core test -Dtest=ChinaMainlandStatutoryTableTest -Dregenerate.statutory=true}.
 *
 * <p>Lunar dates come from lunar-java and are checked against ICU4J's {@link ChineseCalendar}
 * (defined for UTC+8, used here in Asia/Shanghai). ICU4J 79.1 is one day off for Chinese New
 * Year 2027 and 2030: the new moons fall at 23:56 on 6 Feb 2027 and 00:07 on 3 Feb 2030 Beijing
 * time, and ICU's low-precision moon puts each on the other side of midnight (its own new-moon
 * instants are 00:03 on 7 Feb 2027 and 23:57 on 2 Feb 2030; unicode-org/icu pull request 4070 is
 * about this class of error). Those two years follow lunar-java, which puts Chinese New Year 2027 on
 * 6 February as published almanacs do. Any other disagreement fails the build.
 *
 * <p>Qingming comes from lunar-java's solar-term table (ShouXing's VSOP87-based series) and is checked
 * against Meeus's low-precision solar longitude (about 0.01 degree, a quarter of an hour). Over
 * 2025-2050 the two differ by 13 minutes at most (2026); the Qingming instant nearest Beijing midnight
 * is 23:40 on 4 Apr 2042 (20 minutes before), then 00:29 on 5 Apr 2038 (29 minutes after). Both
 * are within half an hour of midnight, where a cruder method could pick the other day (ICU's
 * {@code CalendarAstronomer}, up to 26 minutes early, gives 00:07 on 5 Apr 2038), but both
 * computations here agree on every date.
 */
class ChinaMainlandStatutoryTableTest {
    private static final String RESOURCE = "china-mainland-statutory.txt";
    private static final String REGENERATE = "regenerate.statutory";
    private static final String COMMAND =
            "mvn -pl itil-core test -Dtest=ChinaMainlandStatutoryTableTest -D" + REGENERATE + "=true";
    private static final int FIRST_YEAR = 2025;
    private static final int LAST_YEAR = 2050;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** lunar-java's time origin: J2000.0 in Beijing time. */
    private static final LocalDateTime J2000 = LocalDateTime.of(2000, 1, 1, 12, 0);
    /** Julian day at 1970-01-01T00:00 UTC. */
    private static final double UNIX_EPOCH_JD = 2440587.5;

    /** The statutory festivals, in the order of the year. */
    private enum Festival {
        NEW_YEARS_DAY("New Year's Day (元旦)"),
        SPRING_FESTIVAL("Spring Festival (春节)"),
        QINGMING("Qingming Festival (清明节)"),
        LABOUR_DAY("Labour Day (劳动节)"),
        DRAGON_BOAT("Dragon Boat Festival (端午节)"),
        MID_AUTUMN("Mid-Autumn Festival (中秋节)"),
        NATIONAL_DAY("National Day (国庆节)");

        final String note;

        Festival(String note) {
            this.note = note;
        }
    }

    /** The notes of dates that are two festivals at once; any other overlap is an error. */
    private static final Map<Set<Festival>, String> SHARED_NOTES = Map.of(
            EnumSet.of(Festival.MID_AUTUMN, Festival.NATIONAL_DAY),
            "National Day and Mid-Autumn Festival (国庆节、中秋节)");

    /** The lunar days the rules use, as {month, day}: 1/1 and 1/3 bound the Spring Festival. */
    private static final int[][] LUNAR_DAYS = {{1, 1}, {1, 3}, {5, 5}, {8, 15}};

    private static final String HEADER = """
            # Mainland China statutory public holidays (法定节假日), 2025-2050: the statutory days only.
            #
            # Format (see org.itilhis.core.calendar.CalendarFile): DATE[..DATE] HOLIDAY NOTE
            #
            # The days the Holiday Measures (全国年节及纪念日放假办法), as revised in November 2024 and
            # in force from 2025, give off, computed from their rules:
            #   New Year's Day       1 January
            #   Spring Festival      New Year's Eve (the last day of the 12th lunar month, the 29th in
            #                        some years) to the 3rd day of the 1st lunar month, 4 days
            #   Qingming Festival    the day of the solar term Qingming (sun at ecliptic longitude 15°)
            #   Labour Day           1 and 2 May
            #   Dragon Boat Festival the 5th day of the 5th lunar month
            #   Mid-Autumn Festival  the 15th day of the 8th lunar month
            #   National Day         1 to 3 October
            # Days are Beijing time (UTC+8); lunar months are the regular (non-leap) months. A date
            # that is two festivals at once is written once, with both names.
            #
            # This is NOT the yearly arrangement. Each year's State Council General Office notice
            # (国务院办公厅关于20XX年部分节假日安排的通知) extends the spans across weekends and names
            # adjusted working days (调休上班); those are unknown until the notice is published, so
            # there are no WORKDAY lines here. The published years are in china-mainland.txt.
            #
            # Generated and checked by ChinaMainlandStatutoryTableTest (itil-core/src/test/java):
            # lunar dates from lunar-java checked against ICU4J (which is a day off for Chinese New
            # Year 2027 and 2030, new moons within minutes of midnight; lunar-java is followed),
            # Qingming from lunar-java's solar terms checked against an independent sun longitude.
            # The build fails if this file differs from the rules. Do not edit it by hand;
            # regenerate it from the project root with
            """ + "#   " + COMMAND + "\n";

    @Test
    void theShippedTableIsTheOneTheRulesGive() throws IOException {
        String computed = render();
        if (Boolean.getBoolean(REGENERATE)) {
            Path source = Path.of(System.getProperty("basedir", ""))
                    .resolve("src/main/resources/org/itilhis/core/calendar").resolve(RESOURCE);
            Files.writeString(source, computed, UTF_8);
            return;
        }
        String shipped = shipped();
        if (!shipped.equals(computed)) {
            fail(firstDifference(shipped, computed));
        }
    }

    @Test
    void theOfficialArrangementsOf2025And2026GiveEveryStatutoryDayOff() throws IOException {
        Set<LocalDate> official = ChinaMainland.officialArrangements().stream()
                .filter(rule -> rule.kind() == DateRule.Kind.HOLIDAY)
                .map(DateRule::date)
                .collect(Collectors.toSet());
        List<LocalDate> statutory = CalendarFile.parse(shipped()).stream()
                .map(DateRule::date)
                .filter(date -> date.getYear() == 2025 || date.getYear() == 2026)
                .toList();
        assertThat(statutory).hasSize(2 * 13);
        assertThat(official).containsAll(statutory);
    }

    @Test
    void knownDatesAnchorTheComputation() {
        assertThat(daysOf(2025, Festival.SPRING_FESTIVAL)).isEqualTo(span("2025-01-28", "2025-01-31"));
        assertThat(daysOf(2026, Festival.SPRING_FESTIVAL)).isEqualTo(span("2026-02-16", "2026-02-19"));
        assertThat(daysOf(2027, Festival.SPRING_FESTIVAL)).isEqualTo(span("2027-02-05", "2027-02-08"));
        assertThat(daysOf(2025, Festival.QINGMING)).isEqualTo(span("2025-04-04", "2025-04-04"));
        assertThat(daysOf(2026, Festival.QINGMING)).isEqualTo(span("2026-04-05", "2026-04-05"));
        assertThat(daysOf(2025, Festival.DRAGON_BOAT)).isEqualTo(span("2025-05-31", "2025-05-31"));
        assertThat(daysOf(2026, Festival.DRAGON_BOAT)).isEqualTo(span("2026-06-19", "2026-06-19"));
        assertThat(daysOf(2025, Festival.MID_AUTUMN)).isEqualTo(span("2025-10-06", "2025-10-06"));
        assertThat(daysOf(2026, Festival.MID_AUTUMN)).isEqualTo(span("2026-09-25", "2026-09-25"));
    }

    @Test
    void icuAgreesOnEveryLunarDateButTwoNewYearsWhoseNewMoonIsAtMidnight() {
        List<String> disagreements = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int[] day : LUNAR_DAYS) {
                LocalDate lunarJava = lunar(year, day[0], day[1]);
                LocalDate icu = icu(year, day[0], day[1]);
                if (!lunarJava.equals(icu)) {
                    disagreements.add(year + " " + day[0] + "/" + day[1] + ": " + lunarJava + ", ICU " + icu);
                }
            }
            assertThat(lunar(year, 1, 1).minusDays(1)).as("New Year's Eve %d", year).isEqualTo(lastDayOf(year - 1));
        }
        assertThat(disagreements).containsExactly(
                "2027 1/1: 2027-02-06, ICU 2027-02-07", "2027 1/3: 2027-02-08, ICU 2027-02-09",
                "2030 1/1: 2030-02-03, ICU 2030-02-02", "2030 1/3: 2030-02-05, ICU 2030-02-04");
        for (int year : new int[] {2027, 2030}) {
            assertThat(fromMidnight(newMoonOn(lunar(year, 1, 1)))).isLessThan(Duration.ofMinutes(10));
        }
    }

    @Test
    void qingmingFromTheSolarTermTableIsTheDayTheSunReaches15Degrees() {
        Duration widest = Duration.ZERO;
        LocalDateTime closest = qingming(FIRST_YEAR);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            LocalDateTime table = qingming(year);
            LocalDateTime meeus = meeusQingming(year);
            assertThat(meeus.toLocalDate()).as("Qingming %d: table %s, Meeus %s", year, table, meeus)
                    .isEqualTo(table.toLocalDate());
            widest = max(widest, Duration.between(table, meeus).abs());
            closest = fromMidnight(table).compareTo(fromMidnight(closest)) < 0 ? table : closest;
        }
        // 20 minutes (2042-04-04T23:40:14) against 13 (2026): every date is safe.
        assertThat(fromMidnight(closest))
                .as("Qingming nearest Beijing midnight, %s, against the widest difference, %s", closest, widest)
                .isGreaterThan(widest);
    }

    /** The expected file: the header, then per year its HOLIDAY lines in date order. */
    private static String render() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            text.append("\n# ---- ").append(year).append(" ----\n");
            List<Map.Entry<LocalDate, Set<Festival>>> days = new ArrayList<>(statutoryDays(year).entrySet());
            for (int first = 0, last; first < days.size(); first = last + 1) {
                last = first;
                while (last + 1 < days.size() && continues(days.get(last), days.get(last + 1))) {
                    last++;
                }
                String dates = first == last ? days.get(first).getKey().toString()
                        : days.get(first).getKey() + ".." + days.get(last).getKey();
                text.append(String.format("%-22s HOLIDAY %s\n", dates, note(days.get(first).getValue())));
            }
        }
        return text.toString();
    }

    private static boolean continues(
            Map.Entry<LocalDate, Set<Festival>> day, Map.Entry<LocalDate, Set<Festival>> next) {
        return next.getKey().equals(day.getKey().plusDays(1)) && next.getValue().equals(day.getValue());
    }

    private static String note(Set<Festival> festivals) {
        if (festivals.size() == 1) {
            return festivals.iterator().next().note;
        }
        String note = SHARED_NOTES.get(festivals);
        assertThat(note).as("a note for a day that is %s at once", festivals).isNotNull();
        return note;
    }

    /** Every statutory day of {@code year} with its festivals, in date order. */
    private static SortedMap<LocalDate, Set<Festival>> statutoryDays(int year) {
        SortedMap<LocalDate, Set<Festival>> days = new TreeMap<>();
        add(days, Festival.NEW_YEARS_DAY, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1));
        add(days, Festival.SPRING_FESTIVAL, lunar(year, 1, 1).minusDays(1), lunar(year, 1, 3));
        add(days, Festival.QINGMING, qingming(year).toLocalDate(), qingming(year).toLocalDate());
        add(days, Festival.LABOUR_DAY, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2));
        add(days, Festival.DRAGON_BOAT, lunar(year, 5, 5), lunar(year, 5, 5));
        add(days, Festival.MID_AUTUMN, lunar(year, 8, 15), lunar(year, 8, 15));
        add(days, Festival.NATIONAL_DAY, LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 3));
        return days;
    }

    private static void add(Map<LocalDate, Set<Festival>> days, Festival festival, LocalDate from, LocalDate to) {
        from.datesUntil(to.plusDays(1))
                .forEach(date -> days.computeIfAbsent(date, d -> EnumSet.noneOf(Festival.class)).add(festival));
    }

    private static List<LocalDate> daysOf(int year, Festival festival) {
        return statutoryDays(year).entrySet().stream()
                .filter(day -> day.getValue().contains(festival))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Day {@code day} of the regular month {@code month} of the lunar year beginning in {@code year}. */
    private static LocalDate lunar(int year, int month, int day) {
        return date(Lunar.fromYmd(year, month, day).getSolar());
    }

    /** The last day of the last month (the 12th, or a leap 12th) of lunar year {@code year}. */
    private static LocalDate lastDayOf(int year) {
        List<LunarMonth> months = LunarYear.fromYear(year).getMonthsInYear();
        LunarMonth last = months.get(months.size() - 1);
        return date(Lunar.fromYmd(year, last.getMonth(), last.getDayCount()).getSolar());
    }

    /** The same as {@link #lunar} according to ICU4J. */
    private static LocalDate icu(int year, int month, int day) {
        ChineseCalendar calendar = new ChineseCalendar(com.ibm.icu.util.TimeZone.getTimeZone(BEIJING.getId()));
        // 1 July always lies in the lunar year that began in January or February; setting month and
        // day within it avoids depending on how ICU numbers the Chinese EXTENDED_YEAR.
        calendar.setTime(Date.from(LocalDate.of(year, 7, 1).atStartOfDay(BEIJING).toInstant()));
        calendar.set(ChineseCalendar.MONTH, month - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, day);
        LocalDate date = LocalDate.ofInstant(calendar.getTime().toInstant(), BEIJING);
        assertThat(List.of(calendar.get(ChineseCalendar.MONTH), calendar.get(ChineseCalendar.IS_LEAP_MONTH),
                calendar.get(ChineseCalendar.DAY_OF_MONTH))).containsExactly(month - 1, 0, day);
        return date;
    }

    /** The instant, Beijing time, of the new moon that begins the lunar month starting on {@code date}. */
    private static LocalDateTime newMoonOn(LocalDate date) {
        double julianDay = date.toEpochDay() + UNIX_EPOCH_JD + 0.5;
        double lunation = Math.floor((julianDay + 14 - 2451551) / 29.5306);
        return plusDays(J2000, ShouXingUtil.shuoHigh(lunation * ShouXingUtil.PI_2));
    }

    /** Qingming of {@code year}, Beijing time, from lunar-java's solar-term table. */
    private static LocalDateTime qingming(int year) {
        Solar term = Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明");
        return LocalDateTime.of(term.getYear(), term.getMonth(), term.getDay(),
                term.getHour(), term.getMinute(), term.getSecond());
    }

    /** Qingming of {@code year}, Beijing time, where {@link #sunLongitude} crosses 15 degrees. */
    private static LocalDateTime meeusQingming(int year) {
        double low = LocalDate.of(year, 3, 25).toEpochDay() + UNIX_EPOCH_JD;
        double high = low + 21;
        while (high - low > 1e-6) {
            double middle = (low + high) / 2;
            if (sunLongitude(middle) < 15) {
                low = middle;
            } else {
                high = middle;
            }
        }
        // Terrestrial time to UT: delta T is about 70 to 90 s in 2025-2050; 80 s is close enough here.
        double universalTime = low - 80.0 / 86400;
        Instant instant = Instant.ofEpochMilli(Math.round((universalTime - UNIX_EPOCH_JD) * 86_400_000));
        return LocalDateTime.ofInstant(instant, BEIJING);
    }

    /**
     * The sun's apparent ecliptic longitude in degrees, 0 to 360, at Julian ephemeris day
     * {@code jde}: Meeus, Astronomical Algorithms, chapter 25, low accuracy (0.01 degree).
     */
    private static double sunLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double anomaly = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.000289 * Math.sin(3 * anomaly);
        double node = Math.toRadians(125.04 - 1934.136 * t);
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(node);
        return (apparent % 360 + 360) % 360;
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    private static LocalDateTime plusDays(LocalDateTime origin, double days) {
        return origin.plusNanos(Math.round(days * 86_400e9));
    }

    private static Duration fromMidnight(LocalDateTime time) {
        Duration sinceMidnight = Duration.between(time.toLocalDate().atStartOfDay(), time);
        return min(sinceMidnight, Duration.ofDays(1).minus(sinceMidnight));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static List<LocalDate> span(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
    }

    private static String shipped() throws IOException {
        try (InputStream in = ChinaMainlandStatutoryTableTest.class.getResourceAsStream(RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), UTF_8);
        }
    }

    /** The failure message: where the shipped file first departs from the rules, and how to fix it. */
    private static String firstDifference(String shipped, String computed) {
        List<String> have = shipped.lines().toList();
        List<String> want = computed.lines().toList();
        int line = 0;
        while (line < have.size() && line < want.size() && have.get(line).equals(want.get(line))) {
            line++;
        }
        StringBuilder message = new StringBuilder(RESOURCE + " differs from the statutory rules from line "
                + (line + 1) + (shipped.isEmpty() ? " (the file is missing)" : "") + ":\n");
        for (int i = line; i < line + 3; i++) {
            message.append(String.format("  shipped:  %s\n  computed: %s\n",
                    i < have.size() ? have.get(i) : "<end>", i < want.size() ? want.get(i) : "<end>"));
        }
        return message.append("If the change is intended, regenerate the file from the project root with\n  ")
                .append(COMMAND).toString();
    }
}
