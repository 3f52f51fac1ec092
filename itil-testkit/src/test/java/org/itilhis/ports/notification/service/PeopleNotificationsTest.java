package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.QuietHours;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.memory.InMemoryPeopleNotifications;
import org.itilhis.testkit.memory.RecordingMessageChannel;
import org.junit.jupiter.api.Test;

/**
 * People's notifications on the demo hospital in memory: the rules applied to the desk's
 * events, the recipients by role, the routes by preference, quiet hours and robots, and the
 * subscribers that each deliver their own channel's messages. Their clock starts on Monday
 * 2 March 2026 at 08:00 in Shanghai.
 */
class PeopleNotificationsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    private final Hospital hospital = new Hospital();
    private final InMemoryPeopleNotifications notifications = hospital.desk.notifications;

    // ---- the default rules ------------------------------------------------------------------------

    @Test
    void theDefaultRulesTellWhomTheDeskToldBeforeWithTheSameTexts() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));
        hospital.handle(new TicketCommand.Escalate(ENGINEER_LIU, ticket.id(), null, HIS_SUPPORT,
                "needs the HIS specialists"));
        hospital.handle(new TicketCommand.UpdateCaller(LEAD_WU, ticket.id(), null, "a new roller is on its way"));
        hospital.handle(new TicketCommand.EscalateToLead(LEAD_WU, ticket.id(), null, "waited two hours"));

        String number = ticket.number().toString();
        assertThat(hospital.notifications()).extracting(Notification::recipient, Notification::topic,
                Notification::reference, Notification::text).containsExactly(
                tuple(ENGINEER_LIU.staffId(), "ticket.assigned", number,
                        number + " [P3] Label printer jams: ticket.assigned"),
                tuple(LEAD_WU.staffId(), "ticket.escalated", number,
                        number + " [P3] Label printer jams: ticket.escalated"),
                tuple(NURSE_WANG.staffId(), "ticket.caller-updated", number,
                        number + " Label printer jams: a new roller is on its way"),
                tuple(LEAD_WU.staffId(), "ticket.escalated-to-lead", number,
                        number + " [P3] Label printer jams: ticket.escalated-to-lead"));
    }

    @Test
    void eventsNoRuleNamesReachNobodyAndMoveEverySubscriberOn() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, ticket.id(), null));

        assertThat(notifications.pass().delivered()).isZero();
        assertThat(hospital.notifications()).isEmpty();
        assertThat(notifications.positions.all()).containsEntry(PeopleNotifications.DIRECTORY,
                (long) hospital.log().size());
    }

    // ---- the hospital's own rules -----------------------------------------------------------------

    @Test
    void aRuleForP1OnlyLeavesTheP3AssignmentUntold() {
        notifications.rules.save(List.of(new NotificationRule("ticket.assigned", ImmutableSet.of(Priority.P1),
                Optional.empty(), RecipientRole.ASSIGNEE, false)), 0);
        TicketView p3 = hospital.printerIncident();
        TicketView p1 = p1Incident();
        assertThat(p1.priority()).isEqualTo(Priority.P1);

        hospital.handle(assign(p3, DESKTOP, ENGINEER_LIU));
        hospital.handle(assign(p1, DESKTOP, ENGINEER_LIU));

        assertThat(hospital.notifications()).extracting(Notification::reference)
                .containsExactly(p1.number().toString());
    }

    @Test
    void aGroupRuleTellsTheLeadOfThatGroupOnlyOfItsTickets() {
        notifications.rules.save(List.of(new NotificationRule("ticket.assigned", ImmutableSet.of(),
                Optional.of(HIS_SUPPORT), RecipientRole.GROUP_LEAD, false)), 0);
        TicketView desktop = hospital.printerIncident();
        TicketView his = hospital.printerIncident();

        hospital.handle(assign(desktop, DESKTOP, ENGINEER_LIU));
        hospital.handle(assign(his, HIS_SUPPORT, SPECIALIST_HUANG));

        assertThat(hospital.notifications()).extracting(Notification::recipient, Notification::reference)
                .containsExactly(tuple(LEAD_WU.staffId(), his.number().toString()));
    }

    @Test
    void storedRulesReplaceTheDefaultsEvenWhenEmpty() {
        notifications.rules.save(List.of(), 0);
        TicketView ticket = hospital.printerIncident();

        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));

        assertThat(hospital.notifications()).isEmpty();
    }

    // ---- preferences and quiet hours --------------------------------------------------------------

    @Test
    void aPersonWithAPreferenceIsWrittenToOnTheirChannelInTheirLanguageAndNotThroughTheNotifier() {
        prefer(ENGINEER_LIU, Channel.EMAIL, "liu.yang@hospital.example", Locale.CHINESE, Optional.empty());
        TicketView ticket = hospital.printerIncident();

        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));

        assertThat(hospital.notifications()).isEmpty();
        assertThat(email().sent()).singleElement().satisfies(message -> {
            assertThat(message.address()).isEqualTo("liu.yang@hospital.example");
            assertThat(message.language()).isEqualTo(Locale.CHINESE);
            assertThat(message.topic()).isEqualTo("ticket.assigned");
            assertThat(message.reference()).isEqualTo(ticket.number().toString());
            assertThat(message.subject()).contains(ticket.number().toString(), "P3", "Label printer jams");
            assertThat(message.body()).contains("Desktop and on-site support");
            assertThat(message.id()).isEqualTo(eventId(lastPosition()) + ".1");
        });
    }

    @Test
    void quietHoursInShanghaiHoldBackAP3ButNotAP1AcrossMidnight() {
        prefer(ENGINEER_LIU, Channel.SMS, "13800000101", Locale.CHINESE, Optional.of(NIGHT));
        TicketView p3 = hospital.printerIncident();
        TicketView p1 = p1Incident();

        hospital.later(Duration.ofHours(15).plusMinutes(30)); // 23:30 in Shanghai
        hospital.handle(assign(p3, DESKTOP, ENGINEER_LIU));
        hospital.handle(assign(p1, DESKTOP, ENGINEER_LIU));
        notifications.pass();
        assertThat(sms().sent()).extracting(OutgoingMessage::reference).containsExactly(p1.number().toString());

        hospital.later(Duration.ofHours(1)); // 00:30 the next day
        hospital.handle(new TicketCommand.EscalateToLead(LEAD_SUN, p3.id(), null, "still jammed"));
        hospital.handle(assign(p3, DESKTOP, ENGINEER_LIU));
        hospital.handle(assign(p1, DESKTOP, ENGINEER_LIU));
        notifications.pass();
        assertThat(sms().sent()).extracting(OutgoingMessage::reference)
                .containsExactly(p1.number().toString(), p1.number().toString());
        assertThat(notifications.people.heldBack()).isEqualTo(2);

        hospital.later(Duration.ofHours(6).plusMinutes(30)); // 07:00: the quiet hours are over
        hospital.handle(assign(p3, DESKTOP, ENGINEER_LIU));
        notifications.pass();
        assertThat(sms().sent()).extracting(OutgoingMessage::reference).containsExactly(p1.number().toString(),
                p1.number().toString(), p3.number().toString());
        assertThat(hospital.notifications()).extracting(Notification::recipient).containsOnly(LEAD_SUN.staffId());
    }

    @Test
    void aPersonWhosePreferredChannelIsNotConfiguredHereIsToldThroughTheNotifier() {
        InMemoryPeopleNotifications withoutSms = new InMemoryPeopleNotifications(hospital.desk.ports,
                hospital.desk.transactions, hospital.desk.notifier);
        PeopleNotifications emailOnly = new PeopleNotifications(new PeopleNotificationPorts(hospital.desk.ports,
                withoutSms.rules, withoutSms.preferences, withoutSms.robots), List.of(), List.of(email()),
                new MessageRenderer(withoutSms.templates));
        withoutSms.preferences.save(new NotificationPreference(ENGINEER_LIU.staffId(), Channel.SMS, "13800000101",
                Locale.CHINESE, SHANGHAI, Optional.empty()));
        withoutSms.rules.save(List.of(new NotificationRule("ticket.assigned", ImmutableSet.of(), Optional.empty(),
                RecipientRole.ASSIGNEE, false)), 0);
        TicketView ticket = hospital.printerIncident();
        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));

        assertThat(emailOnly.subscribers()).extracting(Subscriber::name)
                .containsExactly(PeopleNotifications.DIRECTORY, "notify:email");
        emailOnly.subscribers().forEach(subscriber -> subscriber.deliver(last()));

        assertThat(hospital.desk.notifier.sent()).extracting(Notification::recipient)
                .containsExactly(ENGINEER_LIU.staffId());
        assertThat(email().sent()).isEmpty();
    }

    // ---- free text ---------------------------------------------------------------------------------

    @Test
    void aCallerUpdatesMessageIsWrittenOnlyWhenTheRuleAllowsFreeText() {
        prefer(NURSE_WANG, Channel.EMAIL, "wang.li@hospital.example", Locale.ENGLISH, Optional.empty());
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.UpdateCaller(ENGINEER_LIU, ticket.id(), null, "bed 12's wristband is ready"));
        notifications.pass();
        notifications.rules.save(List.of(new NotificationRule("ticket.caller-updated", ImmutableSet.of(),
                Optional.empty(), RecipientRole.CALLER, false)), 0);
        hospital.handle(new TicketCommand.UpdateCaller(ENGINEER_LIU, ticket.id(), null, "bed 14's wristband is ready"));
        notifications.pass();

        assertThat(email().sent()).hasSize(2);
        assertThat(email().sent().get(0).body()).contains("bed 12's wristband is ready");
        assertThat(email().sent().get(1).body()).doesNotContain("bed 14").contains(ticket.number().toString());
        assertThat(email().sent().get(1).subject()).doesNotContain("bed 14");
    }

    @Test
    void theNotifiersTextHoldsNoFreeTextWithoutARuleThatAllowsIt() {
        notifications.rules.save(List.of(new NotificationRule("ticket.caller-updated", ImmutableSet.of(),
                Optional.empty(), RecipientRole.CALLER, false)), 0);
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.UpdateCaller(ENGINEER_LIU, ticket.id(), null, "bed 12's wristband"));

        assertThat(hospital.notifications()).singleElement().satisfies(n -> assertThat(n.text())
                .isEqualTo(ticket.number() + " [P3] Label printer jams: ticket.caller-updated"));
    }

    // ---- group chats -------------------------------------------------------------------------------

    @Test
    void aGroupChatIsToldThroughEachOfTheGroupsRobots() {
        notifications.rules.save(List.of(new NotificationRule("ticket.assigned", ImmutableSet.of(), Optional.empty(),
                RecipientRole.GROUP_CHAT, false)), 0);
        robots(DESKTOP);
        TicketView ticket = hospital.printerIncident();

        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));
        notifications.pass();

        assertThat(wecom().sent()).singleElement().satisfies(message -> {
            assertThat(message.address()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=desktop");
            assertThat(message.language()).isEqualTo(Locale.CHINESE);
            assertThat(message.subject()).contains(ticket.number().toString());
        });
        assertThat(dingtalk().sent()).singleElement().satisfies(message -> {
            assertThat(message.secret()).contains("SEC0123456789abcdef");
            assertThat(message.subject()).contains(ticket.number().toString());
        });
        assertThat(List.of(wecom().sent().get(0).id(), dingtalk().sent().get(0).id()))
                .containsExactlyInAnyOrder(eventId(lastPosition()) + ".1", eventId(lastPosition()) + ".2");
        assertThat(hospital.notifications()).isEmpty();
    }

    // ---- one subscriber per channel ----------------------------------------------------------------

    @Test
    void eachChannelsSubscriberDeliversOnlyItsOwnMessages() {
        everyoneOnADifferentChannel();
        TicketView ticket = hospital.printerIncident();
        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));
        RelayedEvent assigned = last();

        subscriber("notify:email").deliver(assigned);
        assertThat(email().sent()).extracting(OutgoingMessage::address).containsExactly("liu.yang@hospital.example");
        assertThat(sms().sent()).isEmpty();
        assertThat(wecom().sent()).isEmpty();
        assertThat(hospital.desk.notifier.sent()).isEmpty();

        subscriber("notify:sms").deliver(assigned);
        subscriber("notify:wecom").deliver(assigned);
        subscriber(PeopleNotifications.DIRECTORY).deliver(assigned);
        assertThat(sms().sent()).extracting(OutgoingMessage::address).containsExactly("13800000100");
        assertThat(wecom().sent()).hasSize(1);
        assertThat(hospital.desk.notifier.sent()).extracting(Notification::recipient)
                .containsExactly(NURSE_WANG.staffId());
        assertThat(email().sent()).hasSize(1);
        assertThat(List.of(email().sent().get(0).id(), sms().sent().get(0).id(), wecom().sent().get(0).id(),
                hospital.desk.notifier.sent().get(0).reference())).doesNotHaveDuplicates();
    }

    @Test
    void aFailingChannelThrowsSoTheRelayRetriesItAloneAndTheOthersAreNotRepeated() {
        everyoneOnADifferentChannel();
        TicketView ticket = hospital.printerIncident();
        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));
        email().failNext(1);
        assertThatThrownBy(() -> subscriber("notify:email").deliver(last()))
                .isInstanceOf(RecordingMessageChannel.RefusedDelivery.class);
        assertThat(email().sent()).isEmpty();

        email().failNext(1);
        NotificationRelay.Pass first = hospital.desk.notifications.relay.pass();
        assertThat(first.failed()).isEqualTo(1);
        assertThat(email().sent()).isEmpty();
        assertThat(sms().sent()).hasSize(1);
        notifications.pass(); // the retry
        assertThat(email().sent()).extracting(OutgoingMessage::address).containsExactly("liu.yang@hospital.example");
        assertThat(email().attempts()).isEqualTo(3);
        assertThat(sms().sent()).hasSize(1);
        assertThat(wecom().sent()).hasSize(1);
        assertThat(sms().attempts()).isEqualTo(1);
        assertThat(wecom().attempts()).isEqualTo(1);
        assertThat(hospital.desk.notifier.sent()).hasSize(1);
    }

    @Test
    void aMessagesIdIsTheSameOnEveryDeliveryOfItsEvent() {
        everyoneOnADifferentChannel();
        TicketView ticket = hospital.printerIncident();
        hospital.handle(assign(ticket, DESKTOP, ENGINEER_LIU));
        RelayedEvent assigned = last();

        subscriber("notify:email").deliver(assigned);
        PeopleNotifications restarted = new PeopleNotifications(new PeopleNotificationPorts(hospital.desk.ports,
                notifications.rules, notifications.preferences, notifications.robots), List.of(), List.of(email()),
                new MessageRenderer(notifications.templates));
        restarted.subscribers().stream().filter(s -> s.name().equals("notify:email")).findFirst().orElseThrow()
                .deliver(assigned);

        assertThat(email().sent()).hasSize(2).extracting(OutgoingMessage::id).containsOnly(assigned.id() + ".1");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private TicketView p1Incident() {
        return hospital.raise(hospital.nurseWangCalls("Every ward's label printers are down"), "printer",
                "WHOLE_HOSPITAL", "PATIENT_CARE_STOPPED");
    }

    private static TicketCommand.Assign assign(TicketView ticket, GroupId group, Actor engineer) {
        return new TicketCommand.Assign(AGENT_CHEN, ticket.id(), null, group, engineer.staffId());
    }

    private void prefer(Actor person, Channel channel, String address, Locale language, Optional<QuietHours> quiet) {
        notifications.preferences.save(new NotificationPreference(person.staffId(), channel, address, language,
                SHANGHAI, quiet));
    }

    private void robots(GroupId group) {
        notifications.robots.save(new GroupRobot(group, Channel.WECOM,
                URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=desktop"), Optional.empty(),
                Locale.CHINESE));
        notifications.robots.save(new GroupRobot(group, Channel.DINGTALK,
                URI.create("https://oapi.dingtalk.com/robot/send?access_token=desktop"),
                Optional.of("SEC0123456789abcdef"), Locale.CHINESE));
    }

    /** Liu by e-mail, lead Sun by SMS, the desktop chat on WeCom, Nurse Wang (no preference) through the notifier. */
    private void everyoneOnADifferentChannel() {
        notifications.rules.save(List.of(
                new NotificationRule("ticket.assigned", ImmutableSet.of(), Optional.empty(), RecipientRole.ASSIGNEE,
                        false),
                new NotificationRule("ticket.assigned", ImmutableSet.of(), Optional.empty(),
                        RecipientRole.GROUP_LEAD, false),
                new NotificationRule("ticket.assigned", ImmutableSet.of(), Optional.empty(),
                        RecipientRole.GROUP_CHAT, false),
                new NotificationRule("ticket.assigned", ImmutableSet.of(), Optional.empty(), RecipientRole.CALLER,
                        false)), 0);
        prefer(ENGINEER_LIU, Channel.EMAIL, "liu.yang@hospital.example", Locale.CHINESE, Optional.empty());
        prefer(LEAD_SUN, Channel.SMS, "13800000100", Locale.CHINESE, Optional.empty());
        notifications.robots.save(new GroupRobot(DESKTOP, Channel.WECOM,
                URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=desktop"), Optional.empty(),
                Locale.CHINESE));
    }

    private Subscriber subscriber(String name) {
        return notifications.people.subscribers().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private long lastPosition() {
        return hospital.log().size();
    }

    private static String eventId(long position) {
        return "evt_" + position;
    }

    private RelayedEvent last() {
        List<LoggedEvent> log = hospital.desk.events.readAfter(0, 10_000);
        LoggedEvent logged = log.get(log.size() - 1);
        return new RelayedEvent(logged.position(), logged.event());
    }

    private RecordingMessageChannel email() {
        return notifications.channel(Channel.EMAIL);
    }

    private RecordingMessageChannel sms() {
        return notifications.channel(Channel.SMS);
    }

    private RecordingMessageChannel wecom() {
        return notifications.channel(Channel.WECOM);
    }

    private RecordingMessageChannel dingtalk() {
        return notifications.channel(Channel.DINGTALK);
    }
}
