package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.notification.out.GroupRobotRepository;
import org.itilhis.ports.notification.out.MessageTemplateRepository;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;
import org.itilhis.ports.notification.out.NotificationRuleRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of who gets what: the desk's (staff directory, event log, transactions,
 * clock) and the stores of rules, preferences, robots and message templates, which must share
 * the desk's transactions.
 */
public record NotificationSettingsPorts(ServiceDeskPorts desk, NotificationRuleRepository rules,
                                        NotificationPreferenceRepository preferences, GroupRobotRepository robots,
                                        MessageTemplateRepository templates) {
    public NotificationSettingsPorts {
        checkNotNull(desk, "desk");
        checkNotNull(rules, "rules");
        checkNotNull(preferences, "preferences");
        checkNotNull(robots, "robots");
        checkNotNull(templates, "templates");
    }
}
