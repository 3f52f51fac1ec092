package org.itilhis.ports.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;

/**
 * Whom the rules tell of an event: each matching rule's role resolved against the event's
 * facts, every person and every group chat once, in the order of the rules (so that the
 * messages' numbers stay the same on every delivery), with free text for a recipient when any
 * rule that reaches them allows it.
 *
 * <ul>
 *   <li>{@code ASSIGNEE}: the engineer the event names; else, when it names a group, that group's
 *       lead; else the ticket's engineer; else the lead of the ticket's group;</li>
 *   <li>{@code GROUP_LEAD}: the lead of the group the event names, else of the ticket's group;</li>
 *   <li>{@code CALLER}: the ticket's caller;</li>
 *   <li>{@code GROUP_CHAT}: the chat of the group the event names, else of the ticket's group.</li>
 * </ul>
 */
final class Audience {
    private final StaffDirectory directory;

    Audience(StaffDirectory directory) {
        this.directory = directory;
    }

    /** Someone to tell: a person, or a group's chat. */
    sealed interface Recipient {
        boolean freeText();
    }

    record Person(StaffId staff, boolean freeText) implements Recipient {
    }

    record GroupChat(GroupId group, boolean freeText) implements Recipient {
    }

    List<Recipient> of(EventFacts facts, List<NotificationRule> rules) {
        Map<Object, Boolean> told = new LinkedHashMap<>(); // StaffId or GroupId -> free text allowed
        for (NotificationRule rule : rules) {
            if (!rule.matches(facts.type(), facts.priority(), facts.group())) {
                continue;
            }
            Optional<?> whom = switch (rule.recipient()) {
                case ASSIGNEE -> assignee(facts);
                case GROUP_LEAD -> facts.groupConcerned().flatMap(this::leadOf);
                case CALLER -> facts.caller();
                case GROUP_CHAT -> facts.groupConcerned().map(ChatOf::new);
            };
            whom.ifPresent(key -> told.merge(key, rule.freeText(), Boolean::logicalOr));
        }
        List<Recipient> recipients = new ArrayList<>();
        told.forEach((key, freeText) -> recipients.add(key instanceof ChatOf chat
                ? new GroupChat(chat.group(), freeText) : new Person((StaffId) key, freeText)));
        return recipients;
    }

    /** A group's chat as a key, apart from the group's people. */
    private record ChatOf(GroupId group) {
    }

    private Optional<StaffId> assignee(EventFacts facts) {
        if (facts.namedEngineer().isPresent()) {
            return facts.namedEngineer();
        }
        if (facts.namedGroup().isPresent()) {
            return leadOf(facts.namedGroup().get());
        }
        return facts.assignee().isPresent() ? facts.assignee() : facts.group().flatMap(this::leadOf);
    }

    private Optional<StaffId> leadOf(GroupId group) {
        return directory.group(group).map(AssignmentGroup::lead);
    }
}
