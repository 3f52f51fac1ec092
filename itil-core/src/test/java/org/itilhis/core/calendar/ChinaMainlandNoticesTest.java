package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled holiday data checked against the State Council General Office notices
 * (国务院办公厅关于20XX年部分节假日安排的通知), restated here by hand as an independent
 * table, not read from {@code china-mainland.txt}: for every date of 2024, 2025 and 2026
 * the office calendar must work exactly on the weekdays outside the announced holiday spans
 * and on the announced adjusted working days (上班), and on nothing else.
 */
class ChinaMainlandNoticesTest {

    /** One notice: the holiday spans (inclusive) and the weekend days announced as working days. */
    private record Notice(List<LocalDate[]> holidays, List<LocalDate> workdays) {
    }

    private static LocalDate[] span(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }

    private static List<LocalDate> days(String... dates) {
        return Arrays.stream(dates).map(LocalDate::parse).toList();
    }

    private static final Map<Integer, Notice> NOTICES = Map.of(
            // 国办发明电〔2023〕7号, 2023-10-25. 元旦 1月1日; 春节 2月10日至17日, 2月4日、18日上班;
            // 清明 4月4日至6日, 4月7日上班; 劳动节 5月1日至5日, 4月28日、5月11日上班; 端午 6月10日;
            // 中秋 9月15日至17日, 9月14日上班; 国庆 10月1日至7日, 9月29日、10月12日上班.
            2024, new Notice(List.of(span("2024-01-01", "2024-01-01"), span("2024-02-10", "2024-02-17"),
                    span("2024-04-04", "2024-04-06"), span("2024-05-01", "2024-05-05"),
                    span("2024-06-10", "2024-06-10"), span("2024-09-15", "2024-09-17"),
                    span("2024-10-01", "2024-10-07")),
                    days("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                            "2024-09-29", "2024-10-12")),
            // 国办发明电〔2024〕12号, 2024-11-12. 元旦 1月1日, 不调休; 春节 1月28日至2月4日, 1月26日、2月8日上班;
            // 清明 4月4日至6日; 劳动节 5月1日至5日, 4月27日上班; 端午 5月31日至6月2日;
            // 国庆、中秋 10月1日至8日, 9月28日、10月11日上班.
            2025, new Notice(List.of(span("2025-01-01", "2025-01-01"), span("2025-01-28", "2025-02-04"),
                    span("2025-04-04", "2025-04-06"), span("2025-05-01", "2025-05-05"),
                    span("2025-05-31", "2025-06-02"), span("2025-10-01", "2025-10-08")),
                    days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")),
            // Notice of 2025-11-04. 元旦 1月1日至3日, 1月4日上班; 春节 2月15日至23日, 2月14日、28日上班;
            // 清明 4月4日至6日; 劳动节 5月1日至5日, 5月9日上班; 端午 6月19日至21日; 中秋 9月25日至27日;
            // 国庆 10月1日至7日, 9月20日、10月10日上班.
            2026, new Notice(List.of(span("2026-01-01", "2026-01-03"), span("2026-02-15", "2026-02-23"),
                    span("2026-04-04", "2026-04-06"), span("2026-05-01", "2026-05-05"),
                    span("2026-06-19", "2026-06-21"), span("2026-09-25", "2026-09-27"),
                    span("2026-10-01", "2026-10-07")),
                    days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));

    private final BusinessCalendar office = ChinaMainland.officeHours();

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void theOfficeCalendarWorksExactlyTheDaysTheNoticeAnnounces(int year) {
        Notice notice = NOTICES.get(year);
        Set<LocalDate> holidays = new TreeSet<>();
        for (LocalDate[] span : notice.holidays()) {
            span[0].datesUntil(span[1].plusDays(1)).forEach(holidays::add);
        }
        List<LocalDate> wrong = new ArrayList<>();
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = notice.workdays().contains(date) || !weekend && !holidays.contains(date);
            List<WorkingPeriod> expected = working ? ChinaMainland.OFFICE_HOURS : List.of();
            if (!office.periodsOn(date).equals(expected)) {
                wrong.add(date);
            }
        }
        assertThat(wrong).as("dates on which the calendar differs from the %s notice", year).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void theDataFileListsTheNoticesAdjustedWorkingDaysAndNoOthers(int year) {
        assertThat(ChinaMainland.officialArrangements())
                .filteredOn(rule -> rule.date().getYear() == year && rule.kind() == DateRule.Kind.WORKDAY)
                .extracting(DateRule::date)
                .containsExactlyInAnyOrderElementsOf(NOTICES.get(year).workdays());
    }
}
