package org.itilhis.core.sla.report;

/**
 * How a {@link ReportScope} cuts its range into {@link ReportPeriod}s, in the scope's zone:
 * the whole range as one period, or calendar days, ISO weeks (Monday to Sunday, numbered by
 * the week-based year) or calendar months. The first and last periods are clipped to the range.
 * Labels for people: {@code Messages.label(unit, locale)}, in English and Chinese.
 */
public enum PeriodUnit {
    /** The whole range is one period. */
    WHOLE_RANGE,
    /** Local calendar days, midnight to midnight. */
    DAY,
    /** ISO-8601 weeks, Monday 00:00 to the next Monday 00:00, labelled e.g. {@code 2026-W09}. */
    ISO_WEEK,
    /** Calendar months, labelled e.g. {@code 2026-03}. */
    CALENDAR_MONTH
}
