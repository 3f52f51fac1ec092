package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryPeopleNotifications;
import org.itilhis.testkit.memory.RecordingMessageChannel;
import org.junit.jupiter.api.Test;

/**
 * From the desk's command to the person's channel, in memory: the use cases append their
 * events and notify nobody; a pass of the notification relay writes to each person on their
 * channel, and an escalation's notification survives a failing first delivery (at least once).
 */
class PeopleNotificationsEndToEndTest {
    private final Hospital hospital = new Hospital();
    private final InMemoryPeopleNotifications notifications = hospital.desk.notifications;
    private final RecordingMessageChannel email = notifications.channel(Channel.EMAIL);

    @Test
    void theEngineerAnAssignmentNamesFindsTheTicketNumberInTheSubjectOfTheirEmail() {
        emailFor(ENGINEER_LIU.staffId(), "liu.yang@hospital.example");
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, ticket.id(), null, DESKTOP, ENGINEER_LIU.staffId()));
        assertThat(email.sent()).as("before the relay's pass").isEmpty();

        notifications.pass();

        assertThat(email.sent()).singleElement().satisfies(message -> {
            assertThat(message.address()).isEqualTo("liu.yang@hospital.example");
            assertThat(message.subject()).contains(ticket.number().toString());
            assertThat(message.topic()).isEqualTo("ticket.assigned");
        });
    }

    @Test
    void anSlaBreachReachesTheGroupLeadThroughTheRelayEvenWhenTheFirstDeliveryFails() {
        DemoHospital.configureServiceLevels(hospital.desk.levels.administration());
        emailFor(LEAD_SUN.staffId(), "sun.wei@hospital.example");
        TicketView ticket = hospital.printerIncident();
        notifications.clear();
        hospital.later(Duration.ofDays(3)); // far past every target of a P3
        hospital.desk.levels.monitor().run();
        long escalations = hospital.log().stream().filter(ThresholdCrossed.class::isInstance).count();
        long breaches = hospital.log().stream().filter(ThresholdCrossed.class::isInstance)
                .filter(e -> ((ThresholdCrossed) e).threshold().isBreach()).count();
        assertThat(breaches).isPositive();
        assertThat(email.sent()).as("the monitor itself tells nobody").isEmpty();

        email.failNext(1); // the SMTP server is down for the first message
        NotificationRelay.Pass first = notifications.relay.pass();
        assertThat(first.failed()).isEqualTo(1);
        notifications.pass();

        assertThat(email.sent()).hasSize((int) escalations)
                .allSatisfy(message -> {
                    assertThat(message.address()).isEqualTo("sun.wei@hospital.example");
                    assertThat(message.topic()).isEqualTo("sla.threshold-crossed");
                    assertThat(message.reference()).isEqualTo(ticket.number().toString());
                })
                .extracting(OutgoingMessage::id).doesNotHaveDuplicates();
        assertThat(email.sent()).anySatisfy(message -> assertThat(message.body()).contains("breach"));
        assertThat(email.attempts()).isEqualTo(escalations + 1);
    }

    private void emailFor(StaffId staff, String address) {
        notifications.preferences.save(new NotificationPreference(staff, Channel.EMAIL, address, Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai"), Optional.empty()));
    }
}
