package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Predicate;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;

/**
 * One line of who hears of what: events of {@code eventType} about a record of one of {@code
 * priorities} (any when empty) held by {@code group} (any when empty) are told to {@code
 * recipient}. A message carries the record's number, priority and summary; the event's free
 * text (a caller update's message, a work log note) only when {@code freeText} says so, since
 * free text may hold a patient's data.
 */
public record NotificationRule(String eventType, ImmutableSet<Priority> priorities, Optional<GroupId> group,
                               RecipientRole recipient, boolean freeText) {
    public NotificationRule {
        checkNotNull(eventType, "eventType");
        checkNotNull(priorities, "priorities");
        checkNotNull(group, "group");
        checkNotNull(recipient, "recipient");
    }

    /** Whether the rule applies to an event of {@code type} about a record of {@code priority} held by {@code holder}. */
    public boolean matches(String type, Optional<Priority> priority, Optional<GroupId> holder) {
        return eventType.equals(type)
                && (priorities.isEmpty() || priority.map(priorities::contains).orElse(false))
                && (group.isEmpty() || group.equals(holder));
    }

    /**
     * Checks rule number {@code index} (from 0) of a list being stored.
     *
     * @param knownEventTypes which event types the library logs
     * @throws InvalidNotificationSettingException when the rule names an event type nobody logs
     */
    public void check(int index, Predicate<String> knownEventTypes) {
        if (!knownEventTypes.test(eventType)) {
            throw InvalidNotificationSettingException.unknownEventType(index, eventType);
        }
    }
}
