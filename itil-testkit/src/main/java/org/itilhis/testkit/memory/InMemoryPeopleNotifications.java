package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.notification.out.GroupRobotRepository;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;
import org.itilhis.ports.notification.out.NotificationRuleRepository;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.service.MessageComposer;
import org.itilhis.ports.notification.service.PeopleNotificationPorts;
import org.itilhis.ports.notification.service.PeopleNotifications;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * An in-memory desk's people's notifications as the relay delivers them: the rules (the
 * defaults until some are saved), preferences and robots in memory, a {@link
 * RecordingMessageChannel} on every channel, the desk's {@link RecordingNotifier} for people
 * without a preference, and a relay over the desk's event log that {@link #pass()} runs once.
 * {@link #delivered()} runs a pass and returns what the notifier got, which is what a test of
 * the desk's notifications asserts on.
 */
public final class InMemoryPeopleNotifications {
    /** The rules the library starts with: who heard of what before the rules became data. */
    public static final List<NotificationRule> DEFAULTS = List.of(
            rule("ticket.assigned", RecipientRole.ASSIGNEE, false),
            rule("ticket.escalated", RecipientRole.GROUP_LEAD, false),
            rule("ticket.escalated-to-lead", RecipientRole.GROUP_LEAD, false),
            rule("ticket.major-incident-declared", RecipientRole.GROUP_LEAD, false),
            rule("ticket.resolved", RecipientRole.CALLER, false),
            rule("ticket.caller-updated", RecipientRole.CALLER, true),
            rule("sla.threshold-crossed", RecipientRole.GROUP_LEAD, false));

    private static final int BATCH = 500;

    public final Rules rules = new Rules();
    public final Preferences preferences = new Preferences();
    public final Robots robots = new Robots();
    public final Map<Channel, RecordingMessageChannel> channels = new EnumMap<>(Channel.class);
    public final PeopleNotifications people;
    private final ServiceDeskPorts desk;
    private final RecordingNotifier notifier;
    private final Map<String, Long> positions = new HashMap<>();

    public InMemoryPeopleNotifications(ServiceDeskPorts desk, RecordingNotifier notifier) {
        this.desk = checkNotNull(desk, "desk");
        this.notifier = checkNotNull(notifier, "notifier");
        for (Channel channel : Channel.values()) {
            channels.put(channel, new RecordingMessageChannel(channel));
        }
        this.people = new PeopleNotifications(new PeopleNotificationPorts(desk, rules, preferences, robots), DEFAULTS,
                List.copyOf(channels.values()), MessageComposer.PLAIN);
    }

    private static NotificationRule rule(String type, RecipientRole role, boolean freeText) {
        return new NotificationRule(type, ImmutableSet.of(), Optional.empty(), role, freeText);
    }

    public RecordingMessageChannel channel(Channel channel) {
        return channels.get(channel);
    }

    /**
     * One pass of the relay: every subscriber is given the events after its position, in log
     * order; one that throws keeps its position there and gets the event again on the next pass.
     */
    public synchronized void pass() {
        for (Subscriber subscriber : people.subscribers()) {
            List<LoggedEvent> events;
            do {
                long position = positions.getOrDefault(subscriber.name(), 0L);
                events = desk.transactions().inTransaction(() -> desk.events().readAfter(position, BATCH));
                for (LoggedEvent logged : events) {
                    RelayedEvent event = new RelayedEvent(logged.position(), logged.event());
                    try {
                        if (subscriber.wants(event)) {
                            subscriber.deliver(event);
                        }
                    } catch (RuntimeException failed) {
                        events = List.of();
                        break;
                    }
                    positions.put(subscriber.name(), logged.position());
                }
            } while (events.size() == BATCH);
        }
    }

    /** Runs a {@link #pass()}, then gives every notification the desk's notifier has got. */
    public List<Notification> delivered() {
        pass();
        return notifier.sent();
    }

    /** Runs a {@link #pass()}, then forgets what the notifier and the channels got: what comes next is asserted on. */
    public void clear() {
        pass();
        notifier.clear();
        channels.values().forEach(RecordingMessageChannel::clear);
    }

    /** The rules as one list; empty and version 0 until saved. */
    public static final class Rules implements NotificationRuleRepository {
        private StoredRules stored = new StoredRules(List.of(), 0);

        @Override
        public synchronized StoredRules load() {
            return stored;
        }

        @Override
        public synchronized void save(List<NotificationRule> rules, long expectedVersion) {
            if (expectedVersion != stored.version()) {
                throw new VersionConflictException("notification rules", "rules", expectedVersion, stored.version());
            }
            stored = new StoredRules(rules, stored.version() + 1);
        }
    }

    /** People's preferences by person. */
    public static final class Preferences implements NotificationPreferenceRepository {
        private final Map<StaffId, NotificationPreference> byStaff = new ConcurrentHashMap<>();

        @Override
        public Optional<NotificationPreference> find(StaffId staff) {
            return Optional.ofNullable(byStaff.get(staff));
        }

        @Override
        public Optional<NotificationPreference> byAddress(Channel channel, String address) {
            return byStaff.values().stream().filter(p -> p.channel() == channel && p.address().equalsIgnoreCase(address))
                    .findFirst();
        }

        @Override
        public void save(NotificationPreference preference) {
            byStaff.put(preference.staff(), preference);
        }

        @Override
        public void remove(StaffId staff) {
            byStaff.remove(staff);
        }
    }

    /** The groups' robots. */
    public static final class Robots implements GroupRobotRepository {
        private final List<GroupRobot> robots = new CopyOnWriteArrayList<>();

        @Override
        public List<GroupRobot> of(GroupId group) {
            return robots.stream().filter(r -> r.group().equals(group)).toList();
        }

        @Override
        public List<GroupRobot> all() {
            return List.copyOf(robots);
        }

        @Override
        public synchronized void save(GroupRobot robot) {
            remove(robot.group(), robot.channel());
            robots.add(robot);
        }

        @Override
        public synchronized void remove(GroupId group, Channel channel) {
            robots.removeIf(r -> r.group().equals(group) && r.channel() == channel);
        }
    }
}
