package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.notification.in.MessageFacts;
import org.itilhis.ports.notification.in.RenderedMessage;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.ports.notification.out.NotificationRuleRepository.StoredRules;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.out.SubscriberSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People's notifications as subscribers of the relay: an event of the log becomes messages by
 * the hospital's rules, each person's preference and each group's robots, and goes out at
 * least once (see {@code docs/notifications/routing.md}).
 *
 * <p>For an event: its {@link EventFacts facts} (the ticket it is about, read when it is
 * delivered); the rules (the stored ones, or the library's defaults while none are stored)
 * that match its type, priority and group; the recipients by role ({@link Audience}); then for
 * each recipient a route:
 * <ul>
 *   <li>a person with a preference: a message on their channel, to their address, in their
 *       language, unless it is their quiet hours in their zone and the record is not a P1 (then
 *       nothing is sent: it is logged and {@linkplain #heldBack() counted});</li>
 *   <li>a person without one, or whose channel is not configured here: a {@link Notification}
 *       through the desk's legacy {@link org.itilhis.ports.common.Notifier}, with the text the
 *       desk has always sent;</li>
 *   <li>a group's chat: a message to each of the group's robots.</li>
 * </ul>
 * Each route belongs to one {@link Subscriber}: {@code notify:email}, {@code notify:sms}, {@code
 * notify:wecom}, {@code notify:dingtalk} for the channels with a {@link MessageChannel} configured,
 * {@code notify:directory} for the Notifier. Each delivers only its own messages, so a failing
 * SMTP server holds back (and retries) the e-mails alone, never repeating a WeCom message. A
 * message's id is {@code <event id>.<n>}, {@code n} counting the event's routes in the order
 * of the rules, the same on every delivery while the rules and the ticket are unchanged. The
 * free text of an event (a caller update's message) is written only for a recipient a rule
 * with {@code freeText} reaches.
 *
 * <p>Within a process, a subscriber remembers the ids it has sent lately and does not send one
 * again when the relay retries an event whose other message failed; across processes (a
 * restart, a node failing over) a message may come twice: delivery is at least once.
 */
public final class PeopleNotifications implements SubscriberSource {
    private static final Logger LOG = LoggerFactory.getLogger(PeopleNotifications.class);
    /** The name of the subscriber that tells people through the desk's {@link org.itilhis.ports.common.Notifier}. */
    public static final String DIRECTORY = "notify:directory";
    private static final int REMEMBERED = 10_000;

    private final PeopleNotificationPorts ports;
    private final List<NotificationRule> defaults;
    private final Map<Channel, MessageChannel> channels = new EnumMap<>(Channel.class);
    private final MessageRenderer renderer;
    private final EventFactsReader facts;
    private final Audience audience;
    private final List<Subscriber> subscribers;
    private final AtomicLong heldBack = new AtomicLong();

    /**
     * @param defaults the rules while the hospital has stored none (the library's hospital defaults)
     * @param channels the configured channels, at most one per {@link Channel}
     * @param renderer writes the channel messages from the hospital's templates or the library's
     */
    public PeopleNotifications(PeopleNotificationPorts ports, List<NotificationRule> defaults,
                               List<? extends MessageChannel> channels, MessageRenderer renderer) {
        this.ports = checkNotNull(ports, "ports");
        this.defaults = List.copyOf(defaults);
        this.renderer = checkNotNull(renderer, "renderer");
        for (MessageChannel channel : channels) {
            checkArgument(this.channels.put(channel.channel(), channel) == null, "two %s channels configured",
                    channel.channel());
        }
        this.facts = new EventFactsReader(ports.desk().tickets());
        this.audience = new Audience(ports.desk().directory());
        List<Subscriber> all = new ArrayList<>();
        all.add(new RouteSubscriber(DIRECTORY, Optional.empty()));
        this.channels.values().forEach(channel -> all.add(new RouteSubscriber(nameOf(channel.channel()),
                Optional.of(channel))));
        this.subscribers = List.copyOf(all);
    }

    /** The name of the subscriber of {@code channel}: {@code notify:email}. */
    public static String nameOf(Channel channel) {
        return "notify:" + channel.name().toLowerCase(Locale.ROOT);
    }

    /** The directory's subscriber and one per configured channel; the same objects on every call. */
    @Override
    public List<Subscriber> subscribers() {
        return subscribers;
    }

    /** How many messages quiet hours held back since this was made. */
    public long heldBack() {
        return heldBack.get();
    }

    /** The rules in force: the stored ones, or the defaults while none are stored. */
    private List<NotificationRule> rules() {
        StoredRules stored = ports.rules().load();
        return stored.version() == 0 ? defaults : stored.rules();
    }

    /**
     * The routes of {@code event} that {@code subscriber} owns, numbered among all the event's
     * routes. Reads the ticket, the rules, preferences and robots in one transaction of the
     * desk's, and renders only the subscriber's own messages; sends nothing.
     */
    List<Route> routes(RelayedEvent event, String subscriber) {
        return ports.desk().transactions().inTransaction(() -> {
            List<NotificationRule> rules = rules();
            if (rules.stream().noneMatch(rule -> rule.eventType().equals(event.event().type()))) {
                return List.of();
            }
            return facts.read(event).map(found -> routes(found, rules, subscriber)).orElseGet(() -> {
                LOG.info("{} ({}) is about a record no longer stored: nobody is told of it", event.id(),
                        event.event().type());
                return List.of();
            });
        });
    }

    private List<Route> routes(EventFacts found, List<NotificationRule> rules, String subscriber) {
        List<Route> own = new ArrayList<>();
        int n = 0;
        for (Audience.Recipient recipient : audience.of(found, rules)) {
            if (recipient instanceof Audience.Person person) {
                String id = found.eventId() + "." + ++n;
                personal(id, found, person, ports.preferences().find(person.staff()), subscriber).ifPresent(own::add);
            } else {
                Audience.GroupChat chat = (Audience.GroupChat) recipient;
                List<GroupRobot> robots = new ArrayList<>(ports.robots().of(chat.group()));
                robots.sort(Comparator.comparing(GroupRobot::channel));
                for (GroupRobot robot : robots) {
                    String id = found.eventId() + "." + ++n;
                    if (channels.containsKey(robot.channel()) && nameOf(robot.channel()).equals(subscriber)) {
                        own.add(Route.message(id, message(id, found, chat.freeText(), robot.channel(),
                                robot.webhook().toString(), robot.secret(), robot.language())));
                    } // a robot whose channel is not configured here is not told
                }
            }
        }
        return own;
    }

    /** The route to a person if {@code subscriber} owns it; see the class comment. */
    private Optional<Route> personal(String id, EventFacts found, Audience.Person person,
                                     Optional<NotificationPreference> preference, String subscriber) {
        if (preference.isEmpty() || !channels.containsKey(preference.get().channel())) {
            return DIRECTORY.equals(subscriber) ? Optional.of(Route.notification(id, new Notification(person.staff(),
                    found.type(), found.reference(), MessageTexts.line(found, person.freeText())))) : Optional.empty();
        }
        NotificationPreference chosen = preference.get();
        if (!nameOf(chosen.channel()).equals(subscriber)) {
            return Optional.empty();
        }
        LocalTime there = ZonedDateTime.now(ports.desk().clock()).withZoneSameInstant(chosen.zone()).toLocalTime();
        boolean quiet = chosen.quietHours().map(hours -> hours.contains(there)).orElse(false);
        if (quiet && !found.isP1()) {
            return Optional.of(Route.heldBack(id));
        }
        return Optional.of(Route.message(id, message(id, found, person.freeText(), chosen.channel(),
                chosen.address(), Optional.empty(), chosen.language())));
    }

    private OutgoingMessage message(String id, EventFacts found, boolean freeText, Channel channel, String address,
                                    Optional<String> secret, Locale language) {
        RenderedMessage text = renderer.render(found.type(), language, messageFacts(found, freeText));
        return new OutgoingMessage(id, channel, address, secret, language, found.type(), found.reference(),
                text.subject(), text.body(), Optional.empty());
    }

    /** What the templates may say: never the free text unless {@code freeText}; the group by its name. */
    private MessageFacts messageFacts(EventFacts found, boolean freeText) {
        MessageFacts facts = MessageFacts.of(found.reference(), found.summary().orElse(""));
        if (found.priority().isPresent()) {
            facts = facts.withPriority(found.priority().get().name());
        }
        if (found.status().isPresent()) {
            facts = facts.withStatus(found.status().get());
        }
        if (found.group().isPresent()) {
            GroupId group = found.group().get();
            facts = facts.withGroup(ports.desk().directory().group(group).map(AssignmentGroup::name)
                    .orElse(group.toString()));
        }
        if (found.threshold().isPresent()) {
            facts = facts.withThreshold(found.threshold().get());
        }
        if (freeText && found.freeText().isPresent()) {
            facts = facts.withFreeText(found.freeText().get());
        }
        return facts;
    }

    /**
     * One route of an event: its id and what it sends: a channel message, a legacy
     * notification, or nothing (held back by quiet hours).
     */
    record Route(String id, Optional<OutgoingMessage> message, Optional<Notification> notification) {
        static Route message(String id, OutgoingMessage message) {
            return new Route(id, Optional.of(message), Optional.empty());
        }

        static Route notification(String id, Notification notification) {
            return new Route(id, Optional.empty(), Optional.of(notification));
        }

        static Route heldBack(String id) {
            return new Route(id, Optional.empty(), Optional.empty());
        }

        boolean isHeldBack() {
            return message.isEmpty() && notification.isEmpty();
        }
    }

    /** The subscriber of one channel, or of the directory's Notifier when {@code channel} is empty. */
    private final class RouteSubscriber implements Subscriber {
        private final String name;
        private final Optional<MessageChannel> channel;
        private final SentIds sent = new SentIds(REMEMBERED);

        RouteSubscriber(String name, Optional<MessageChannel> channel) {
            this.name = name;
            this.channel = channel;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean wants(RelayedEvent event) {
            String type = event.event().type();
            return ports.desk().transactions().inTransaction(
                    () -> rules().stream().anyMatch(rule -> rule.eventType().equals(type)));
        }

        @Override
        public void deliver(RelayedEvent event) {
            RuntimeException failure = null;
            for (Route route : routes(event, name)) {
                if (sent.contains(route.id())) {
                    continue;
                }
                if (route.isHeldBack()) {
                    heldBack.incrementAndGet();
                    LOG.info("{} of {} not sent on {}: the recipient's quiet hours", route.id(), event.event().type(),
                            name);
                    continue;
                }
                try {
                    if (route.message().isPresent()) {
                        channel.orElseThrow().send(route.message().get());
                    } else {
                        ports.desk().notifier().notify(route.notification().orElseThrow());
                    }
                    sent.add(route.id());
                } catch (RuntimeException e) {
                    LOG.warn("{} of {} failed on {}; the relay tries the event again", route.id(),
                            event.event().type(), name, e);
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
