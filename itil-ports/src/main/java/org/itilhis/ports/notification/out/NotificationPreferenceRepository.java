package org.itilhis.ports.notification.out;

import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.shared.StaffId;

/** People's notification preferences, one per person. */
public interface NotificationPreferenceRepository {
    Optional<NotificationPreference> find(StaffId staff);

    /** The person whose preference names {@code address} on {@code channel} (compared without case for e-mail). */
    Optional<NotificationPreference> byAddress(Channel channel, String address);

    void save(NotificationPreference preference);

    void remove(StaffId staff);
}
