/**
 * Business calendars for service level management: when the IT department works, so that
 * SLA targets ("resolve a P3 within 2 business days") turn into deadlines and elapsed
 * business time. A {@link org.itilhis.core.calendar.BusinessCalendar} combines a time zone,
 * weekly {@link org.itilhis.core.calendar.WorkingPeriod}s and
 * {@link org.itilhis.core.calendar.DateRule}s (public holidays, mainland China's adjusted
 * working days, half days, extra hours); clinical-critical systems use the 24x7 calendar.
 * Official arrangements ship as a data file read by
 * {@link org.itilhis.core.calendar.CalendarFile} ({@link org.itilhis.core.calendar.ChinaMainland}),
 * and {@link org.itilhis.core.calendar.CalendarVersions} keeps earlier versions so that past
 * figures never change. Deadlines and business time are computed from a per-year index of
 * working intervals by binary search, never by stepping through the calendar.
 */
package org.itilhis.core.calendar;
