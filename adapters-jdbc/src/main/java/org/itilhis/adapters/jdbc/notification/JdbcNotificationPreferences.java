package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;

/**
 * People's preferences in {@code notification_preference}: each whole as JSON under the staff
 * id, with its channel and its address as looked up ({@code address_key}: an e-mail address in
 * lower case) beside it.
 */
public final class JdbcNotificationPreferences implements NotificationPreferenceRepository {
    private final KeyedRows<NotificationPreference> rows;

    JdbcNotificationPreferences(JdbcStoreParts parts) {
        this.rows = new KeyedRows<>(parts, "notification_preference", "notification preference",
                NotificationPreference.class, "staff_id");
    }

    @Override
    public Optional<NotificationPreference> find(StaffId staff) {
        return rows.find(Map.of("staff_id", checkNotNull(staff, "staff").value()));
    }

    @Override
    public Optional<NotificationPreference> byAddress(Channel channel, String address) {
        checkNotNull(channel, "channel");
        checkNotNull(address, "address");
        List<NotificationPreference> found = rows.list(Map.of("channel", channel.name(),
                "address_key", key(channel, address)));
        return found.stream().findFirst();
    }

    @Override
    public void save(NotificationPreference preference) {
        checkNotNull(preference, "preference");
        rows.put(Map.of("staff_id", preference.staff().value()), Map.of("channel", preference.channel().name(),
                "address_key", key(preference.channel(), preference.address())), preference);
    }

    @Override
    public void remove(StaffId staff) {
        rows.remove(Map.of("staff_id", checkNotNull(staff, "staff").value()));
    }

    private static String key(Channel channel, String address) {
        String stripped = address.strip();
        return channel == Channel.EMAIL ? stripped.toLowerCase(Locale.ROOT) : stripped;
    }
}
