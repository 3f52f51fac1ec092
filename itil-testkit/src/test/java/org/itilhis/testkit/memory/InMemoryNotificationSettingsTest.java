package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.GroupRobotRepository;
import org.itilhis.ports.notification.out.MessageTemplateRepository;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;
import org.itilhis.ports.notification.out.NotificationRuleRepository;
import org.itilhis.testkit.contract.NotificationSettingsContract;

class InMemoryNotificationSettingsTest implements NotificationSettingsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryNotificationRules rules = new InMemoryNotificationRules(transactions);
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(transactions);
    private final InMemoryGroupRobots robots = new InMemoryGroupRobots(transactions);
    private final InMemoryMessageTemplates templates = new InMemoryMessageTemplates(transactions);

    @Override
    public NotificationRuleRepository notificationRules() {
        return rules;
    }

    @Override
    public NotificationPreferenceRepository notificationPreferences() {
        return preferences;
    }

    @Override
    public GroupRobotRepository groupRobots() {
        return robots;
    }

    @Override
    public MessageTemplateRepository messageTemplates() {
        return templates;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
