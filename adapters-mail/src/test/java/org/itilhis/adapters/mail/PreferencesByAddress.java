package org.itilhis.adapters.mail;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;

/** People's preferences in a map: the stand-in these tests need until the test kit has its own. */
final class PreferencesByAddress implements NotificationPreferenceRepository {
    private final Map<StaffId, NotificationPreference> byStaff = new ConcurrentHashMap<>();

    PreferencesByAddress withEmail(StaffId staff, String address) {
        save(new NotificationPreference(staff, Channel.EMAIL, address, Locale.SIMPLIFIED_CHINESE,
                ZoneId.of("Asia/Shanghai"), Optional.empty()));
        return this;
    }

    @Override
    public Optional<NotificationPreference> find(StaffId staff) {
        return Optional.ofNullable(byStaff.get(staff));
    }

    @Override
    public Optional<NotificationPreference> byAddress(Channel channel, String address) {
        return byStaff.values().stream()
                .filter(p -> p.channel() == channel && p.address().equalsIgnoreCase(address.strip()))
                .findFirst();
    }

    @Override
    public void save(NotificationPreference preference) {
        byStaff.put(preference.staff(), preference);
    }

    @Override
    public void remove(StaffId staff) {
        byStaff.remove(staff);
    }
}
