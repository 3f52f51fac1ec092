package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;

/** People's notification preferences in memory, one per person, writes undone with their transaction. */
public final class InMemoryNotificationPreferences implements NotificationPreferenceRepository {
    private final InMemoryTransactions transactions;
    private final Map<StaffId, NotificationPreference> byStaff = new ConcurrentHashMap<>();

    public InMemoryNotificationPreferences(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<NotificationPreference> find(StaffId staff) {
        checkNotNull(staff, "staff");
        return Optional.ofNullable(byStaff.get(staff));
    }

    @Override
    public Optional<NotificationPreference> byAddress(Channel channel, String address) {
        checkNotNull(channel, "channel");
        checkNotNull(address, "address");
        String wanted = address.strip();
        return byStaff.values().stream()
                .filter(p -> p.channel() == channel)
                .filter(p -> channel == Channel.EMAIL
                        ? p.address().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))
                        : p.address().equals(wanted))
                .min(Comparator.comparing(p -> p.staff().value()));
    }

    /**
     * Stores that {@code staff} is told by e-mail at {@code address}, in Chinese, in Beijing time,
     * without quiet hours: the preference the tests of replies by e-mail need.
     */
    public InMemoryNotificationPreferences withEmail(StaffId staff, String address) {
        transactions.inTransaction(() -> {
            save(new NotificationPreference(staff, Channel.EMAIL, address, Locale.SIMPLIFIED_CHINESE,
                    ZoneId.of("Asia/Shanghai"), Optional.empty()));
            return null;
        });
        return this;
    }

    @Override
    public void save(NotificationPreference preference) {
        checkNotNull(preference, "preference");
        transactions.locked(() -> {
            NotificationPreference before = byStaff.put(preference.staff(), preference);
            transactions.onRollback(() -> restore(preference.staff(), before));
            return null;
        });
    }

    @Override
    public void remove(StaffId staff) {
        checkNotNull(staff, "staff");
        transactions.locked(() -> {
            NotificationPreference before = byStaff.remove(staff);
            transactions.onRollback(() -> restore(staff, before));
            return null;
        });
    }

    /** Every preference, by staff id. */
    public List<NotificationPreference> all() {
        return byStaff.values().stream().sorted(Comparator.comparing(p -> p.staff().value())).toList();
    }

    private void restore(StaffId staff, NotificationPreference before) {
        if (before == null) {
            byStaff.remove(staff);
        } else {
            byStaff.put(staff, before);
        }
    }
}
