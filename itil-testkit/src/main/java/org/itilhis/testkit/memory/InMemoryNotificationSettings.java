package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.notification.service.NotificationSettings;
import org.itilhis.ports.notification.service.NotificationSettingsPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Who gets what in memory beside an in-memory desk, on its transactions, event log, directory
 * and clock: the rules, preferences, robots and message templates, and their use cases.
 */
public final class InMemoryNotificationSettings {
    public final InMemoryNotificationRules rules;
    public final InMemoryNotificationPreferences preferences;
    public final InMemoryGroupRobots robots;
    public final InMemoryMessageTemplates templates;
    public final NotificationSettingsPorts ports;
    public final NotificationSettings settings;

    public InMemoryNotificationSettings(InMemoryServiceDesk desk, ServiceDeskSettings settings) {
        checkNotNull(desk, "desk");
        this.rules = new InMemoryNotificationRules(desk.transactions);
        this.preferences = new InMemoryNotificationPreferences(desk.transactions);
        this.robots = new InMemoryGroupRobots(desk.transactions);
        this.templates = new InMemoryMessageTemplates(desk.transactions);
        this.ports = new NotificationSettingsPorts(desk.ports, rules, preferences, robots, templates);
        this.settings = NotificationSettings.create(ports, settings, InMemoryServiceDesk.validator());
    }
}
