package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.notification.MessageTemplate;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.NotificationSettingsEvent;
import org.itilhis.core.notification.QuietHours;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

/**
 * Who gets what in the codec: every notification-settings event comes back equal under its type
 * name, so the event log reads it; a preference, a robot and a template as the stores keep them.
 */
class JsonCodecNotificationSettingsTest {
    private static final StaffId GAO = StaffId.of("M0001");
    private static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    private static final Instant AT = Instant.parse("2027-03-02T14:00:00.123456Z");

    private final JsonCodec codec = new JsonCodec();

    @Test
    void everyNotificationSettingsEventRoundTripsEqualUnderItsTypeName() {
        List<DomainEvent> events = List.of(
                new NotificationSettingsEvent.RulesReplaced(ImmutableList.of(new NotificationRule("ticket.escalated",
                        ImmutableSet.of(Priority.P1), Optional.of(DESKTOP), RecipientRole.GROUP_CHAT, true)), 2, GAO, AT),
                new NotificationSettingsEvent.TemplateSet("ticket.assigned", "zh", "【派单】{{number}}", "{{summary}}",
                        GAO, AT),
                new NotificationSettingsEvent.TemplateRemoved("ticket.assigned", "zh", GAO, AT),
                new NotificationSettingsEvent.RobotSet(DESKTOP, Channel.WECOM,
                        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****", false, "en", GAO, AT),
                new NotificationSettingsEvent.RobotRemoved(DESKTOP, Channel.WECOM, GAO, AT),
                new NotificationSettingsEvent.PreferenceSet(StaffId.of("N1001"), Channel.EMAIL, "wang@hospital.cn",
                        "zh", "Asia/Shanghai", Optional.empty(), GAO, AT),
                new NotificationSettingsEvent.PreferenceRemoved(StaffId.of("N1001"), GAO, AT));

        assertThat(events.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(NotificationSettingsEvent.class.getPermittedSubclasses());
        for (DomainEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
    }

    @Test
    void aPreferenceARobotAndATemplateRoundTripEqual() {
        NotificationPreference preference = new NotificationPreference(StaffId.of("N1001"), Channel.SMS,
                "+8613800138000", Locale.CHINESE, ZoneId.of("Asia/Urumqi"),
                Optional.of(new QuietHours(LocalTime.of(22, 30), LocalTime.of(6, 45))));
        GroupRobot robot = new GroupRobot(DESKTOP, Channel.DINGTALK,
                URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc"),
                Optional.of("SEC" + "0123456789abcdef".repeat(4)), Locale.ENGLISH);
        MessageTemplate template = new MessageTemplate("sla.threshold-crossed", Locale.ENGLISH,
                "{{number}} {{threshold}}", "{{#link}}{{link}}{{/link}}\n");

        assertThat(codec.read(codec.write(preference), NotificationPreference.class)).isEqualTo(preference);
        assertThat(codec.read(codec.write(robot), GroupRobot.class)).isEqualTo(robot);
        assertThat(codec.read(codec.write(template), MessageTemplate.class)).isEqualTo(template);
        assertThat(codec.write(preference)).contains("\"language\":\"zh\"", "\"zone\":\"Asia/Urumqi\"");
    }
}
