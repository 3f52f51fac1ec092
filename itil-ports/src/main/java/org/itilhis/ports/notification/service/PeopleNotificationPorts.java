package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.notification.out.GroupRobotRepository;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;
import org.itilhis.ports.notification.out.NotificationRuleRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of people's notifications: the desk's (the tickets an event is about, the
 * staff directory with the groups' leads, the transactions, the clock, and the legacy {@link
 * org.itilhis.ports.common.Notifier} for people without a preference) and the stores of the
 * rules, the preferences and the groups' robots, which must share the desk's transactions.
 */
public record PeopleNotificationPorts(ServiceDeskPorts desk, NotificationRuleRepository rules,
                                      NotificationPreferenceRepository preferences, GroupRobotRepository robots) {
    public PeopleNotificationPorts {
        checkNotNull(desk, "desk");
        checkNotNull(rules, "rules");
        checkNotNull(preferences, "preferences");
        checkNotNull(robots, "robots");
    }
}
