package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.NotificationRules;
import org.itilhis.core.notification.NotificationSettingsEvent;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.GroupRobotRepository;
import org.itilhis.ports.notification.out.MessageTemplateRepository;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;
import org.itilhis.ports.notification.out.NotificationRuleRepository;
import org.itilhis.testkit.contract.NotificationSettingsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test kit's {@link NotificationSettingsContract} on the JDBC stores of who gets what, and
 * the event log of the same database reading every notification-settings event back.
 */
abstract class NotificationSettingsContractIT extends DatabaseIT implements NotificationSettingsContract {
    @BeforeEach
    void emptyTables() throws SQLException {
        db.emptyTables();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : List.of("notification_rule_list", "notification_preference", "group_robot",
                    "message_template")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Override
    public NotificationRuleRepository notificationRules() {
        return storage.notificationSettings().rules();
    }

    @Override
    public NotificationPreferenceRepository notificationPreferences() {
        return storage.notificationSettings().preferences();
    }

    @Override
    public GroupRobotRepository groupRobots() {
        return storage.notificationSettings().robots();
    }

    @Override
    public MessageTemplateRepository messageTemplates() {
        return storage.notificationSettings().templates();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Test
    void everyNotificationSettingsEventIsAppendedToTheEventLogAndReadBackEqual() {
        StaffId director = StaffId.of("M0001");
        Instant at = Instant.parse("2027-03-01T02:15:30.123456789Z");
        GroupId desktop = GroupId.of("desktop-first-line");
        List<NotificationRule> rules = ImmutableList.<NotificationRule>builder()
                .addAll(NotificationRules.hospitalDefault())
                .add(new NotificationRule("ticket.escalated", ImmutableSet.of(Priority.P1, Priority.P2),
                        Optional.of(desktop), RecipientRole.GROUP_CHAT, false))
                .build();
        List<DomainEvent> events = List.of(
                new NotificationSettingsEvent.RulesReplaced(ImmutableList.copyOf(rules), 3, director, at),
                new NotificationSettingsEvent.TemplateSet("ticket.assigned", "zh", "【派单】{{number}}",
                        "{{summary}}\n{{#link}}查看：{{link}}{{/link}}", director, at),
                new NotificationSettingsEvent.TemplateRemoved("ticket.assigned", "zh", director, at),
                new NotificationSettingsEvent.RobotSet(desktop, Channel.DINGTALK,
                        "https://oapi.dingtalk.com/robot/send?access_token=****", true, "zh", director, at),
                new NotificationSettingsEvent.RobotRemoved(desktop, Channel.DINGTALK, director, at),
                new NotificationSettingsEvent.PreferenceSet(StaffId.of("N1001"), Channel.SMS, "+8613800138000", "zh",
                        "Asia/Shanghai", Optional.of("22:00-07:00"), director, at),
                new NotificationSettingsEvent.PreferenceRemoved(StaffId.of("N1001"), director, at));
        storage.transactions().inTransaction(() -> {
            storage.events().append(events);
            return null;
        });

        for (DomainEvent event : events) {
            assertThat(storage.events().history(event.aggregateId())).contains(event);
        }
    }
}
