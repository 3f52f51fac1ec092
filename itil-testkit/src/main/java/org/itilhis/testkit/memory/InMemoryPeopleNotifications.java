package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationRules;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.service.MessageRenderer;
import org.itilhis.ports.notification.service.NotificationRelay;
import org.itilhis.ports.notification.service.PeopleNotificationPorts;
import org.itilhis.ports.notification.service.PeopleNotifications;
import org.itilhis.ports.notification.service.RelayPorts;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * A desk's people's notifications as the relay delivers them, for tests: the rules (the
 * library's {@link NotificationRules#hospitalDefault() defaults} until some are saved),
 * preferences, robots and templates in memory, a {@link RecordingMessageChannel} on every
 * channel, the desk's {@link RecordingNotifier} for people without a preference, and a {@link
 * NotificationRelay} (positions and pending deliveries in memory) whose subscribers start at the
 * beginning of the log. Retries are due at once (no jitter), so the next pass makes them.
 * {@link #delivered()} runs the relay until it has nothing left to do and returns what the
 * notifier got, which is what a test of the desk's notifications asserts on.
 */
public final class InMemoryPeopleNotifications {
    /** Passes {@link #pass()} runs at most, so that a channel failing for good cannot hold a test. */
    private static final int PASSES = 1_000;

    public final InMemoryNotificationRules rules;
    public final InMemoryNotificationPreferences preferences;
    public final InMemoryGroupRobots robots;
    public final InMemoryMessageTemplates templates;
    public final InMemoryRelayPositions positions;
    public final InMemoryPendingDeliveries deliveries;
    public final Map<Channel, RecordingMessageChannel> channels = new EnumMap<>(Channel.class);
    public final PeopleNotifications people;
    public final NotificationRelay relay;
    private final RecordingNotifier notifier;

    /**
     * @param desk         the desk's ports; its notifier tells the people without a preference
     * @param transactions the transactions of the in-memory stores (the desk's, for an in-memory desk)
     * @param notifier     what the desk's notifier records, which {@link #delivered()} returns
     */
    public InMemoryPeopleNotifications(ServiceDeskPorts desk, InMemoryTransactions transactions,
                                       RecordingNotifier notifier) {
        checkNotNull(desk, "desk");
        this.notifier = checkNotNull(notifier, "notifier");
        this.rules = new InMemoryNotificationRules(transactions);
        this.preferences = new InMemoryNotificationPreferences(transactions);
        this.robots = new InMemoryGroupRobots(transactions);
        this.templates = new InMemoryMessageTemplates(transactions);
        this.positions = new InMemoryRelayPositions(transactions);
        this.deliveries = new InMemoryPendingDeliveries(transactions);
        for (Channel channel : Channel.values()) {
            channels.put(channel, new RecordingMessageChannel(channel));
        }
        this.people = new PeopleNotifications(new PeopleNotificationPorts(desk, rules, preferences, robots),
                NotificationRules.hospitalDefault(), List.copyOf(channels.values()), new MessageRenderer(templates));
        for (Subscriber subscriber : people.subscribers()) {
            positions.start(subscriber.name(), 0); // every event of the log, not only those after today's head
        }
        this.relay = NotificationRelay.create(new RelayPorts(desk, positions, deliveries),
                RelaySettings.defaults().withJitter(() -> 0.0), List.of(people), RelayMetrics.NONE);
    }

    public RecordingMessageChannel channel(Channel channel) {
        return channels.get(channel);
    }

    /** Runs relay passes until one finds nothing to do (at most {@value #PASSES}); returns what they did. */
    public NotificationRelay.Pass pass() {
        NotificationRelay.Pass last = relay.pass();
        for (int i = 1; i < PASSES && !last.idle(); i++) {
            last = relay.pass();
        }
        return last;
    }

    /** Runs the relay, then gives every notification the desk's notifier has got. */
    public List<Notification> delivered() {
        pass();
        return notifier.sent();
    }

    /** Runs the relay, then forgets what the notifier and the channels got: what comes next is asserted on. */
    public void clear() {
        pass();
        notifier.clear();
        channels.values().forEach(RecordingMessageChannel::clear);
    }
}
