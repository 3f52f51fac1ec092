package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalTime;

/**
 * When a person does not want to be disturbed, in their own time zone: {@code 22:00} to {@code
 * 07:00} spans midnight. A P1 ignores them.
 *
 * @param start the first minute of the quiet hours
 * @param end   the first minute after them
 * @throws InvalidNotificationSettingException when they start and end at the same minute (no quiet hours at all)
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        if (start.equals(end)) {
            throw InvalidNotificationSettingException.quietHoursEmpty(start);
        }
    }

    /** Whether {@code time} lies in the quiet hours. */
    public boolean contains(LocalTime time) {
        checkNotNull(time, "time");
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }
}
