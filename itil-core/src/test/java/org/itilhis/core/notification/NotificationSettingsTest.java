package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

/** Quiet hours, rule matching, the default rules and the checks of preferences, robots and rules. */
class NotificationSettingsTest {
    private static final GroupId DESKTOP = GroupId.of("desktop");
    private static final String SECRET = "SEC" + "0123456789abcdef".repeat(4);

    @Test
    void quietHoursAcrossMidnightHoldTheNightAndNotTheDay() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

        assertThat(night.contains(LocalTime.of(22, 0))).isTrue();
        assertThat(night.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void quietHoursWithinADayHoldOnlyTheirSpan() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));

        assertThat(lunch.contains(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 30))).isFalse();
        assertThat(lunch.contains(LocalTime.of(11, 59))).isFalse();
    }

    @Test
    void quietHoursThatStartAndEndTogetherAreRefusedInBothLanguages() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0)))
                .isInstanceOfSatisfying(InvalidNotificationSettingException.class, e -> {
                    assertThat(e.code()).isEqualTo("notification-preference.quiet-hours-empty");
                    assertThat(e.getMessage()).startsWith("Field quietHours:");
                    assertThat(e.messageIn(Locale.CHINESE)).startsWith("字段 quietHours：");
                });
    }

    @Test
    void aRuleMatchesItsEventTypeAndWhereItNamesThemThePriorityAndGroup() {
        NotificationRule p1Desktop = new NotificationRule("ticket.escalated", ImmutableSet.of(Priority.P1),
                Optional.of(DESKTOP), RecipientRole.GROUP_CHAT, false);
        NotificationRule any = new NotificationRule("ticket.escalated", ImmutableSet.of(), Optional.empty(),
                RecipientRole.GROUP_LEAD, false);

        assertThat(p1Desktop.matches("ticket.escalated", Optional.of(Priority.P1), Optional.of(DESKTOP))).isTrue();
        assertThat(p1Desktop.matches("ticket.escalated", Optional.of(Priority.P2), Optional.of(DESKTOP))).isFalse();
        assertThat(p1Desktop.matches("ticket.escalated", Optional.empty(), Optional.of(DESKTOP))).isFalse();
        assertThat(p1Desktop.matches("ticket.escalated", Optional.of(Priority.P1), Optional.of(GroupId.of("network"))))
                .isFalse();
        assertThat(p1Desktop.matches("ticket.resolved", Optional.of(Priority.P1), Optional.of(DESKTOP))).isFalse();
        assertThat(any.matches("ticket.escalated", Optional.empty(), Optional.empty())).isTrue();
    }

    @Test
    void theDefaultRulesTellWhoWasToldBeforeAndOnlyTheCallerUpdateCarriesFreeText() {
        assertThat(NotificationRules.hospitalDefault()).extracting(NotificationRule::eventType,
                        NotificationRule::recipient, NotificationRule::freeText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ticket.assigned", RecipientRole.ASSIGNEE, false),
                        org.assertj.core.groups.Tuple.tuple("ticket.escalated", RecipientRole.GROUP_LEAD, false),
                        org.assertj.core.groups.Tuple.tuple("ticket.escalated-to-lead", RecipientRole.GROUP_LEAD, false),
                        org.assertj.core.groups.Tuple.tuple("ticket.major-incident-declared", RecipientRole.GROUP_LEAD,
                                false),
                        org.assertj.core.groups.Tuple.tuple("ticket.resolved", RecipientRole.CALLER, false),
                        org.assertj.core.groups.Tuple.tuple("ticket.caller-updated", RecipientRole.CALLER, true),
                        org.assertj.core.groups.Tuple.tuple("sla.threshold-crossed", RecipientRole.GROUP_LEAD, false));
        assertThat(NotificationRules.hospitalDefault()).allSatisfy(rule -> {
            assertThat(rule.priorities()).isEmpty();
            assertThat(rule.group()).isEmpty();
        });
    }

    @Test
    void aRuleNamingAnEventNobodyLogsIsRefusedNamingItsPlace() {
        NotificationRule rule = new NotificationRule("ticket.teleported", ImmutableSet.of(), Optional.empty(),
                RecipientRole.CALLER, false);

        rule.check(0, type -> true);
        assertThatThrownBy(() -> rule.check(3, Set.of("ticket.resolved")::contains))
                .hasMessage("Field rules[3].eventType: no practice logs an event of type ticket.teleported");
    }

    private static NotificationPreference preference(Channel channel, String address, Locale language) {
        return new NotificationPreference(StaffId.of("N1001"), channel, address, language, ZoneId.of("Asia/Shanghai"),
                Optional.empty());
    }

    @Test
    void aPreferencesAddressIsStrippedAndAPhoneNumberLosesItsSeparators() {
        assertThat(preference(Channel.EMAIL, " wang.fang@hospital.cn ", Locale.CHINESE).validated().address())
                .isEqualTo("wang.fang@hospital.cn");
        assertThat(preference(Channel.SMS, "+86 (138) 0013-8000", Locale.ENGLISH).validated().address())
                .isEqualTo("+8613800138000");
    }

    @Test
    void aPreferenceWhoseAddressDoesNotFitItsChannelOrWhoseLanguageIsNeitherZhNorEnIsRefused() {
        assertThatThrownBy(() -> preference(Channel.EMAIL, "wang.fang", Locale.CHINESE).validated())
                .hasFieldOrPropertyWithValue("code", "notification-preference.email-invalid");
        assertThatThrownBy(() -> preference(Channel.EMAIL, "wang@localhost", Locale.CHINESE).validated())
                .hasFieldOrPropertyWithValue("code", "notification-preference.email-invalid");
        assertThatThrownBy(() -> preference(Channel.SMS, "wang.fang@hospital.cn", Locale.CHINESE).validated())
                .hasFieldOrPropertyWithValue("code", "notification-preference.phone-invalid");
        assertThatThrownBy(() -> preference(Channel.SMS, "12345", Locale.CHINESE).validated())
                .hasFieldOrPropertyWithValue("code", "notification-preference.phone-invalid");
        assertThatThrownBy(() -> preference(Channel.EMAIL, "wang@hospital.cn", Locale.SIMPLIFIED_CHINESE).validated())
                .hasFieldOrPropertyWithValue("code", "notification.language-unsupported")
                .hasMessage("Field language: messages are written in zh or en, not in zh-CN");
    }

    private static GroupRobot robot(Channel channel, String webhook, String secret) {
        return new GroupRobot(DESKTOP, channel, URI.create(webhook), Optional.ofNullable(secret), Locale.CHINESE);
    }

    @Test
    void aDingTalkRobotSignsWithASecretAsDingTalkIssuesItOrWithNone() {
        assertThat(robot(Channel.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=t", " " + SECRET + " ")
                .validated().secret()).contains(SECRET);
        assertThat(robot(Channel.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=t", "  ")
                .validated().secret()).isEmpty();
        for (String bad : new String[] {"SEC123", SECRET.substring(3), SECRET + "0", "SEC" + "g".repeat(64)}) {
            assertThatThrownBy(() -> robot(Channel.DINGTALK, "https://oapi.dingtalk.com/robot/send", bad).validated())
                    .hasFieldOrPropertyWithValue("code", "group-robot.dingtalk-secret-invalid")
                    .hasMessageNotContaining(bad);
        }
    }

    @Test
    void aWeComRobotHasNoSecretAndEveryRobotAnHttpWebhook() {
        assertThatThrownBy(() -> robot(Channel.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", SECRET)
                .validated()).hasFieldOrPropertyWithValue("code", "group-robot.wecom-secret-given");
        for (String bad : new String[] {"ftp://qyapi.weixin.qq.com/send", "/cgi-bin/webhook/send", "mailto:a@b.cn"}) {
            assertThatThrownBy(() -> robot(Channel.WECOM, bad, null).validated())
                    .hasFieldOrPropertyWithValue("code", "group-robot.webhook-not-http");
        }
        assertThat(robot(Channel.WECOM, "http://intranet-relay:8080/wecom?key=k", null).validated()).isNotNull();
    }

    @Test
    void aRobotsWebhookCredentialAndSecretAreMasked() {
        GroupRobot dingTalk = robot(Channel.DINGTALK,
                "https://oapi.dingtalk.com/robot/send?access_token=abc&x=1", SECRET);
        GroupRobot weCom = robot(Channel.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?KEY=693a", null);

        assertThat(dingTalk.maskedWebhook()).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=****&x=1");
        assertThat(dingTalk.maskedSecret()).contains("SEC****");
        assertThat(weCom.maskedWebhook()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?KEY=****");
        assertThat(weCom.maskedSecret()).isEmpty();
    }
}
