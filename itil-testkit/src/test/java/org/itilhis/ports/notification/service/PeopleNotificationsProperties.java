package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.memory.InMemoryPeopleNotifications;
import org.itilhis.testkit.memory.RecordingMessageChannel;

/**
 * Whatever the rules, preferences and robots, an assignment's routes are split among the
 * subscribers without a gap or an overlap: the channels' messages and the notifier's
 * notifications together are one per route, the messages' ids are distinct and each is
 * {@code <event id>.<n>} for a route number, and a second delivery to every subscriber (the
 * relay's retry) sends nothing again.
 */
class PeopleNotificationsProperties {
    private static final List<Actor> PEOPLE = List.of(ENGINEER_LIU, LEAD_SUN, NURSE_WANG);

    @Property(tries = 100)
    void everyRouteIsDeliveredByExactlyOneSubscriberOnce(@ForAll("roles") List<RecipientRole> roles,
                                                        @ForAll("channels") List<Optional<Channel>> preferred,
                                                        @ForAll("robotChannels") List<Channel> robots) {
        Hospital hospital = new Hospital();
        InMemoryPeopleNotifications notifications = hospital.desk.notifications;
        notifications.rules.save(roles.stream().map(role -> new NotificationRule("ticket.assigned", ImmutableSet.of(),
                Optional.empty(), role, false)).toList(), 0);
        for (int i = 0; i < PEOPLE.size(); i++) {
            Actor person = PEOPLE.get(i);
            preferred.get(i).ifPresent(channel -> notifications.preferences.save(new NotificationPreference(
                    person.staffId(), channel, channel == Channel.EMAIL ? person.staffId() + "@hospital.example"
                    : "1380000" + person.staffId().value().substring(1), Locale.CHINESE, ZoneId.of("Asia/Shanghai"),
                    Optional.empty())));
        }
        robots.forEach(channel -> notifications.robots.save(new GroupRobot(DESKTOP, channel,
                URI.create("https://robots.example/" + channel), Optional.empty(), Locale.CHINESE)));
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, ticket.id(), null, DESKTOP, ENGINEER_LIU.staffId()));
        List<LoggedEvent> log = hospital.desk.events.readAfter(0, 1_000);
        RelayedEvent assigned = new RelayedEvent(log.size(), log.get(log.size() - 1).event());

        for (int round = 0; round < 2; round++) {
            notifications.people.subscribers().forEach(subscriber -> subscriber.deliver(assigned));
        }

        List<String> ids = new ArrayList<>();
        notifications.channels.values().stream().map(RecordingMessageChannel::sent).flatMap(List::stream)
                .map(OutgoingMessage::id).forEach(ids::add);
        int told = ids.size() + hospital.desk.notifier.sent().size();
        long people = roles.stream().filter(role -> role != RecipientRole.GROUP_CHAT)
                .map(role -> role == RecipientRole.CALLER ? NURSE_WANG : role == RecipientRole.ASSIGNEE ? ENGINEER_LIU
                        : LEAD_SUN).distinct().count();
        int chats = roles.contains(RecipientRole.GROUP_CHAT) ? robots.size() : 0;
        assertThat(told).isEqualTo(people + chats);
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(IntStream.rangeClosed(1, told)
                .mapToObj(n -> assigned.id() + "." + n)).contains(id));
        assertThat(notifications.people.subscribers()).extracting(Subscriber::name)
                .contains(PeopleNotifications.DIRECTORY, "notify:email", "notify:sms", "notify:wecom",
                        "notify:dingtalk");
    }

    @Provide
    Arbitrary<List<RecipientRole>> roles() {
        return Arbitraries.of(RecipientRole.class).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Optional<Channel>>> channels() {
        return Arbitraries.<Optional<Channel>>of(Optional.empty(), Optional.of(Channel.EMAIL),
                        Optional.of(Channel.SMS)).list()
                .ofSize(PEOPLE.size());
    }

    @Provide
    Arbitrary<List<Channel>> robotChannels() {
        return Arbitraries.of(Channel.WECOM, Channel.DINGTALK).list().uniqueElements().ofMaxSize(2);
    }
}
