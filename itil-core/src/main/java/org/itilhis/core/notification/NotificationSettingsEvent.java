package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Who changed who gets what, for the audit trail: the rules replaced, a message template set or
 * removed, a group's robot set or removed, a person's preference set or removed. A robot's
 * webhook is recorded with its credential masked and its secret only as whether it has one.
 */
public sealed interface NotificationSettingsEvent extends DomainEvent {
    /** The longest aggregate id the event log keeps. */
    int MAX_AGGREGATE_ID = 64;

    @Override
    default String type() {
        return "notification-settings." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    private static String id(String text) {
        return text.length() <= MAX_AGGREGATE_ID ? text : text.substring(0, MAX_AGGREGATE_ID);
    }

    /** The whole list of rules replaced; {@code version} is the list's new version. */
    record RulesReplaced(ImmutableList<NotificationRule> rules, long version, StaffId actor, Instant occurredAt)
            implements NotificationSettingsEvent {
        public RulesReplaced {
            checkNotNull(rules, "rules");
        }

        @Override
        public String aggregateId() {
            return "notification-rules";
        }
    }

    /** The message template of {@code eventType} in {@code language} set, as stored. */
    record TemplateSet(String eventType, String language, String subject, String body, StaffId actor,
                       Instant occurredAt) implements NotificationSettingsEvent {
        @Override
        public String aggregateId() {
            return id("notification-template:" + eventType + ":" + language);
        }
    }

    /** The override removed: the library's default template speaks again. */
    record TemplateRemoved(String eventType, String language, StaffId actor, Instant occurredAt)
            implements NotificationSettingsEvent {
        @Override
        public String aggregateId() {
            return id("notification-template:" + eventType + ":" + language);
        }
    }

    /** A group's robot set on its channel: the webhook with its credential masked, whether it signs. */
    record RobotSet(GroupId group, Channel channel, String maskedWebhook, boolean signed, String language,
                    StaffId actor, Instant occurredAt) implements NotificationSettingsEvent {
        @Override
        public String aggregateId() {
            return id("group-robot:" + group.value());
        }
    }

    record RobotRemoved(GroupId group, Channel channel, StaffId actor, Instant occurredAt)
            implements NotificationSettingsEvent {
        @Override
        public String aggregateId() {
            return id("group-robot:" + group.value());
        }
    }

    /** A person's preference set, whole. */
    record PreferenceSet(StaffId staff, Channel channel, String address, String language, String zone,
                         Optional<String> quietHours, StaffId actor, Instant occurredAt)
            implements NotificationSettingsEvent {
        @Override
        public String aggregateId() {
            return id("notification-preference:" + staff.value());
        }
    }

    /** A person's preference removed: they are told as before preferences existed. */
    record PreferenceRemoved(StaffId staff, StaffId actor, Instant occurredAt) implements NotificationSettingsEvent {
        @Override
        public String aggregateId() {
            return id("notification-preference:" + staff.value());
        }
    }
}
