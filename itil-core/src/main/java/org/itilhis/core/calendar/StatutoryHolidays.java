package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Range;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.itilhis.core.shared.Text;

/**
 * The public holidays a jurisdiction's law fixes in advance, year by year, as opposed to
 * the yearly official arrangement (mainland China's State Council notice) that adds the
 * adjusted working days (调休) and bridges to weekends. Until a year's arrangement is
 * loaded, a calendar that {@link CalendarCoverage follows} these holidays keeps its
 * statutory days off as <em>provisional</em> holidays, so that a deadline crossing into the
 * year is wrong by at most the adjusted days rather than by whole festivals.
 *
 * <p>Mainland China's rules, those of the Holiday Measures as revised in November 2024 and in
 * force from 2025: New Year's Day 1 January; Spring Festival four days from New Year's Eve
 * (the last day of the 12th lunar month) through the 3rd day of the 1st lunar month;
 * Qingming on the day of the solar term; Labour Day 1-2 May; Dragon Boat Festival the 5th
 * day of the 5th lunar month; Mid-Autumn Festival the 15th day of the 8th lunar month;
 * National Day 1-3 October. The lunar dates and the solar term are not computed here: they
 * ship as data for 2025 to 2050 ({@value #CHINA_MAINLAND_RESOURCE}), checked against two
 * calendar libraries by a test. Years before the rules took effect (2024, under the earlier
 * measures) and after the table are not known: such a year has no provisional holidays.
 */
public final class StatutoryHolidays {
    /** The bundled table of mainland China's statutory days, next to this class. */
    public static final String CHINA_MAINLAND_RESOURCE = "china-mainland-statutory.txt";
    /** The id under which calendar documents name mainland China's holidays. */
    public static final String CHINA_MAINLAND = "china-mainland";

    private static final Supplier<StatutoryHolidays> CHINA = Suppliers.memoize(() -> new StatutoryHolidays(
            CHINA_MAINLAND, CalendarFile.parse(ChinaMainland.readResource(CHINA_MAINLAND_RESOURCE))));

    private final String id;
    private final ImmutableList<DateRule> days;
    private final ImmutableSortedMap<Integer, ImmutableList<DateRule>> byYear;

    private StatutoryHolidays(String id, List<DateRule> days) {
        this.id = id;
        this.days = ImmutableList.copyOf(days);
        Map<Integer, ImmutableList.Builder<DateRule>> years = new TreeMap<>();
        for (DateRule day : days) {
            years.computeIfAbsent(day.date().getYear(), year -> ImmutableList.builder()).add(day);
        }
        ImmutableSortedMap.Builder<Integer, ImmutableList<DateRule>> built = ImmutableSortedMap.naturalOrder();
        years.forEach((year, rules) -> built.put(year, rules.build()));
        this.byYear = built.buildOrThrow();
    }

    /** Mainland China's statutory holidays, 2025 to 2050. */
    public static StatutoryHolidays chinaMainland() {
        return CHINA.get();
    }

    /** The holidays a calendar document names by {@code id}, if the library knows them. */
    public static Optional<StatutoryHolidays> byId(String id) {
        return CHINA_MAINLAND.equals(checkNotNull(id, "id")) ? Optional.of(chinaMainland()) : Optional.empty();
    }

    /** The id calendar documents use, e.g. {@code china-mainland}. */
    public String id() {
        return id;
    }

    /** The jurisdiction's name in the reader's language: "China mainland", 中国大陆. */
    public Text label() {
        return new Text("calendar.arrangement." + id, id);
    }

    /** The years whose statutory days are known. */
    public Range<Integer> knownYears() {
        return Range.closed(byYear.firstKey(), byYear.lastKey());
    }

    /** Every statutory day of every year known, one HOLIDAY rule per date, in date order. */
    public ImmutableList<DateRule> days() {
        return days;
    }

    /** The statutory days of {@code year}, one HOLIDAY rule per date; empty for a year not known. */
    public ImmutableList<DateRule> holidaysOf(int year) {
        return byYear.getOrDefault(year, ImmutableList.of());
    }

    @Override
    public String toString() {
        return "StatutoryHolidays[" + id + ", " + knownYears() + "]";
    }
}
