package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itilhis.core.shared.StaffId;

/**
 * How one person wants to be told: on which personal channel and address, in which language
 * ({@code zh} or {@code en}), and when not to be disturbed (quiet hours in {@code zone}, which a
 * P1 ignores).
 */
public record NotificationPreference(StaffId staff, Channel channel, String address, Locale language, ZoneId zone,
                                     Optional<QuietHours> quietHours) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-()]");

    public NotificationPreference {
        checkNotNull(staff, "staff");
        checkNotNull(channel, "channel");
        checkArgument(channel.isPersonal(), "%s is not a personal channel", channel);
        checkNotNull(address, "address");
        checkNotNull(language, "language");
        checkNotNull(zone, "zone");
        checkNotNull(quietHours, "quietHours");
    }

    /**
     * The preference as a person may set it: the address stripped (a phone number also of its
     * spaces, hyphens and brackets) and fitting its channel, the language {@code zh} or {@code en}.
     *
     * @throws InvalidNotificationSettingException naming the field that does not fit
     */
    public NotificationPreference validated() {
        String normalised = switch (channel) {
            case EMAIL -> {
                String email = address.strip();
                if (!EMAIL.matcher(email).matches()) {
                    throw InvalidNotificationSettingException.emailInvalid(address);
                }
                yield email;
            }
            case SMS -> {
                String phone = PHONE_SEPARATORS.matcher(address).replaceAll("");
                if (!PHONE.matcher(phone).matches()) {
                    throw InvalidNotificationSettingException.phoneInvalid(address);
                }
                yield phone;
            }
            default -> throw new IllegalStateException(channel + " is not a personal channel");
        };
        if (!NotificationLanguages.isSupported(language)) {
            throw InvalidNotificationSettingException.languageUnsupported(language);
        }
        return new NotificationPreference(staff, channel, normalised, language, zone, quietHours);
    }
}
