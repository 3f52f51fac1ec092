package org.itilhis.core.calendar;

import org.itilhis.core.shared.DomainException;

/**
 * A year's holiday notice breaks a rule of {@link HolidayNotice}: a date of another year, an
 * adjusted working day on a weekday, a missing statutory day, a kind a notice does not use,
 * a date given twice, or no rule at all. Codes start with {@code calendar.notice-}; the
 * texts, in English and Simplified Chinese, name the line and the date.
 */
public final class HolidayNoticeRejectedException extends DomainException {
    private static final long serialVersionUID = 1L;

    HolidayNoticeRejectedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
