package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * How one person wants to be told: on which personal channel and address, in which language
 * ({@code zh} or {@code en}), and when not to be disturbed (quiet hours in {@code zone}, which a
 * P1 ignores).
 */
public record NotificationPreference(StaffId staff, Channel channel, String address, Locale language, ZoneId zone,
                                     Optional<QuietHours> quietHours) {
    public NotificationPreference {
        checkNotNull(staff, "staff");
        checkNotNull(channel, "channel");
        checkArgument(channel.isPersonal(), "%s is not a personal channel", channel);
        checkNotNull(address, "address");
        checkNotNull(language, "language");
        checkNotNull(zone, "zone");
        checkNotNull(quietHours, "quietHours");
    }
}
