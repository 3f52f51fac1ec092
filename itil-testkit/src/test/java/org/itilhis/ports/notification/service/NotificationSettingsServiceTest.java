package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.InvalidNotificationSettingException;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.NotificationRules;
import org.itilhis.core.notification.NotificationSettingsEvent;
import org.itilhis.core.notification.QuietHours;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.notification.in.GroupRobotNotFoundException;
import org.itilhis.ports.notification.in.GroupRobotView;
import org.itilhis.ports.notification.in.InvalidMessageTemplateException;
import org.itilhis.ports.notification.in.MessageFacts;
import org.itilhis.ports.notification.in.NotificationPreferenceNotFoundException;
import org.itilhis.ports.notification.in.NotificationSettingsCommand;
import org.itilhis.ports.notification.in.NotificationSettingsQueries;
import org.itilhis.ports.notification.in.NotificationSettingsUseCase;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryNotificationSettings;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * The demo hospital's director Gao sets who gets what; lead Sun manages the desktop group's
 * rules and robots; everyone sets their own preference. Every refusal leaves the stores and the
 * event log as they were.
 */
class NotificationSettingsServiceTest {
    private static final String SECRET = "SEC" + "a1b2c3d4e5f60718".repeat(4);
    private static final URI DINGTALK = URI.create("https://oapi.dingtalk.com/robot/send?access_token=8f1e2d3c4b5a");
    private static final URI WECOM = URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7e");

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final InMemoryNotificationSettings notifications = new InMemoryNotificationSettings(desk,
            DemoHospital.settings());
    private final NotificationSettingsUseCase use = notifications.settings.settings();
    private final NotificationSettingsQueries queries = notifications.settings.queries();

    private record Picture(Object rules, Object preferences, Object robots, Object templates, List<DomainEvent> events) {
    }

    private Picture picture() {
        return new Picture(notifications.rules.load(), notifications.preferences.all(), notifications.robots.all(),
                notifications.templates.all(), new ArrayList<>(desk.events.all()));
    }

    private static NotificationRule rule(String type, Optional<org.itilhis.core.shared.GroupId> group,
                                         RecipientRole role) {
        return new NotificationRule(type, ImmutableSet.of(Priority.P1), group, role, false);
    }

    private GroupRobotView setRobot(Actor actor, Channel channel, URI webhook, String secret) {
        return use.setRobot(new NotificationSettingsCommand.SetRobot(actor, DESKTOP, channel, webhook, secret,
                Locale.CHINESE));
    }

    @Test
    void theDefaultRulesAreInForceAtVersionZeroUntilRulesAreStored() {
        assertThat(queries.rules(LEAD_SUN).rules()).isEqualTo(NotificationRules.hospitalDefault());
        assertThat(queries.rules(LEAD_SUN).version()).isZero();
        assertThat(queries.rules(LEAD_SUN).defaults()).isTrue();
    }

    @Test
    void theDirectorReplacesTheRulesAndTheChangeIsInTheAuditTrail() {
        List<NotificationRule> rules = List.of(rule("ticket.major-incident-declared", Optional.empty(),
                RecipientRole.GROUP_CHAT));

        var view = use.replaceRules(new NotificationSettingsCommand.ReplaceRules(DIRECTOR_GAO, 0L, rules));

        assertThat(view.version()).isEqualTo(1);
        assertThat(queries.rules(DIRECTOR_GAO).rules()).isEqualTo(rules);
        assertThat(desk.events.all()).last().isInstanceOfSatisfying(NotificationSettingsEvent.RulesReplaced.class,
                e -> assertThat(e.rules()).isEqualTo(rules));
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        use.replaceRules(new NotificationSettingsCommand.ReplaceRules(DIRECTOR_GAO, 0L, List.of()));
        Picture before = picture();

        assertThatThrownBy(() -> use.replaceRules(new NotificationSettingsCommand.ReplaceRules(DIRECTOR_GAO, 0L,
                NotificationRules.hospitalDefault()))).isInstanceOf(VersionConflictException.class);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void aRuleNamingAnUnknownEventTypeIsRefusedNamingItsPlace() {
        Picture before = picture();
        List<NotificationRule> rules = new ArrayList<>(NotificationRules.hospitalDefault());
        rules.add(rule("ticket.teleported", Optional.empty(), RecipientRole.CALLER));

        assertThatThrownBy(() -> use.replaceRules(new NotificationSettingsCommand.ReplaceRules(DIRECTOR_GAO, 0L,
                rules)))
                .isInstanceOf(InvalidNotificationSettingException.class)
                .hasMessage("Field rules[7].eventType: no practice logs an event of type ticket.teleported");
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void aLeadAddsARuleNamingTheirGroupButNotOneForEveryGroupOrAnother() {
        List<NotificationRule> own = new ArrayList<>(NotificationRules.hospitalDefault());
        own.add(rule("ticket.escalated", Optional.of(DESKTOP), RecipientRole.GROUP_CHAT));
        use.replaceRules(new NotificationSettingsCommand.ReplaceRules(LEAD_SUN, 0L, own));
        Picture before = picture();

        List<NotificationRule> everyone = new ArrayList<>(own);
        everyone.add(rule("ticket.resolved", Optional.empty(), RecipientRole.GROUP_CHAT));
        List<NotificationRule> others = new ArrayList<>(own);
        others.add(rule("ticket.resolved", Optional.of(HIS_SUPPORT), RecipientRole.GROUP_CHAT));
        List<NotificationRule> withoutDefault = new ArrayList<>(own.subList(1, own.size()));

        for (List<NotificationRule> refused : List.of(everyone, others, withoutDefault)) {
            assertThatThrownBy(() -> use.replaceRules(new NotificationSettingsCommand.ReplaceRules(LEAD_SUN, 1L,
                    refused))).isInstanceOf(NotPermittedException.class);
        }
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void theDirectorOverridesATemplateWhichTheRendererThenUses() {
        use.setTemplate(new NotificationSettingsCommand.SetTemplate(DIRECTOR_GAO, "ticket.assigned", Locale.CHINESE,
                "派单：{{number}}", "{{summary}}"));

        assertThat(queries.template(LEAD_SUN, "ticket.assigned", Locale.CHINESE).overridden()).isTrue();
        assertThat(queries.template(LEAD_SUN, "ticket.assigned", Locale.ENGLISH).overridden()).isFalse();
        assertThat(notifications.settings.renderer().render("ticket.assigned", Locale.CHINESE,
                MessageFacts.of("INC-2026-000001", "打印机卡纸")).subject()).isEqualTo("派单：INC-2026-000001");

        use.removeTemplate(new NotificationSettingsCommand.RemoveTemplate(DIRECTOR_GAO, "ticket.assigned",
                Locale.CHINESE));
        assertThat(queries.templates(DIRECTOR_GAO)).isEmpty();
    }

    @Test
    void aTemplateThatDoesNotCompileAnUnknownEventTypeOrLanguageOrALeadIsRefused() {
        Picture before = picture();

        assertThatThrownBy(() -> use.setTemplate(new NotificationSettingsCommand.SetTemplate(DIRECTOR_GAO,
                "ticket.assigned", Locale.ENGLISH, "{{number}", "{{summary}}")))
                .isInstanceOf(InvalidMessageTemplateException.class).hasMessageContaining("Field subject:");
        assertThatThrownBy(() -> use.setTemplate(new NotificationSettingsCommand.SetTemplate(DIRECTOR_GAO,
                "ticket.teleported", Locale.ENGLISH, "{{number}}", "{{summary}}")))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> use.setTemplate(new NotificationSettingsCommand.SetTemplate(DIRECTOR_GAO,
                "ticket.assigned", Locale.FRENCH, "{{number}}", "{{summary}}")))
                .isInstanceOf(InvalidNotificationSettingException.class).hasMessageContaining("Field language:");
        assertThatThrownBy(() -> use.setTemplate(new NotificationSettingsCommand.SetTemplate(LEAD_SUN,
                "ticket.assigned", Locale.ENGLISH, "{{number}}", "{{summary}}")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void aLeadSetsTheirGroupsRobotShownAndLoggedMasked() {
        GroupRobotView view = setRobot(LEAD_SUN, Channel.DINGTALK, DINGTALK, SECRET);

        assertThat(view.webhook()).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=****");
        assertThat(view.secret()).contains("SEC****");
        assertThat(notifications.robots.of(DESKTOP)).singleElement()
                .satisfies(r -> assertThat(r.secret()).contains(SECRET));
        assertThat(queries.robots(LEAD_SUN)).containsExactly(view);
        assertThat(desk.events.all().toString()).doesNotContain("8f1e2d3c4b5a", SECRET.substring(3));

        use.removeRobot(new NotificationSettingsCommand.RemoveRobot(LEAD_SUN, DESKTOP, Channel.DINGTALK));
        assertThat(queries.robots(DIRECTOR_GAO)).isEmpty();
        assertThatThrownBy(() -> use.removeRobot(new NotificationSettingsCommand.RemoveRobot(LEAD_SUN, DESKTOP,
                Channel.DINGTALK))).isInstanceOf(GroupRobotNotFoundException.class);
    }

    @Test
    void aBadRobotIsRefusedAndChangesNothing() {
        Picture before = picture();

        assertThatThrownBy(() -> setRobot(LEAD_SUN, Channel.DINGTALK, DINGTALK, "SEC123"))
                .isInstanceOf(InvalidNotificationSettingException.class).hasMessageStartingWith("Field secret:")
                .hasMessageNotContaining("SEC123");
        assertThatThrownBy(() -> setRobot(LEAD_SUN, Channel.DINGTALK, DINGTALK, "x" + SECRET.substring(1)))
                .isInstanceOf(InvalidNotificationSettingException.class);
        assertThatThrownBy(() -> setRobot(LEAD_SUN, Channel.WECOM, WECOM, SECRET))
                .isInstanceOf(InvalidNotificationSettingException.class)
                .hasMessageContaining("WeCom group robot has no secret");
        assertThatThrownBy(() -> setRobot(LEAD_SUN, Channel.WECOM, URI.create("ftp://robots.example.cn/x?key=k"), null))
                .isInstanceOf(InvalidNotificationSettingException.class)
                .hasMessage("Field webhook: ftp://robots.example.cn/x?key=**** is not an http or https address");
        assertThatThrownBy(() -> setRobot(LEAD_SUN, Channel.EMAIL, WECOM, null))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> use.setRobot(new NotificationSettingsCommand.SetRobot(LEAD_SUN, HIS_SUPPORT,
                Channel.WECOM, WECOM, null, Locale.CHINESE))).isInstanceOf(NotPermittedException.class);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void everyoneSetsTheirOwnPreferenceNormalisedAndNotAnothersButTheDirectorMay() {
        NotificationPreference own = use.setPreference(new NotificationSettingsCommand.SetPreference(NURSE_WANG,
                NURSE_WANG.staffId(), Channel.SMS, "+86 138-0013-8000", Locale.CHINESE, ZoneId.of("Asia/Shanghai"),
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))));

        assertThat(own.address()).isEqualTo("+8613800138000");
        assertThat(queries.preference(NURSE_WANG, NURSE_WANG.staffId())).isEqualTo(own);
        assertThatThrownBy(() -> queries.preference(ENGINEER_LIU, NURSE_WANG.staffId()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> use.setPreference(new NotificationSettingsCommand.SetPreference(ENGINEER_LIU,
                NURSE_WANG.staffId(), Channel.EMAIL, "liu@hospital.cn", Locale.CHINESE, ZoneId.of("Asia/Shanghai"),
                null))).isInstanceOf(NotPermittedException.class);

        use.removePreference(new NotificationSettingsCommand.RemovePreference(DIRECTOR_GAO, NURSE_WANG.staffId()));
        assertThatThrownBy(() -> queries.preference(NURSE_WANG, NURSE_WANG.staffId()))
                .isInstanceOf(NotificationPreferenceNotFoundException.class);
        assertThat(desk.events.all()).filteredOn(NotificationSettingsEvent.class::isInstance).hasSize(2);
    }

    @Test
    void aPreferenceThatDoesNotFitItsChannelOrLanguageIsRefused() {
        Picture before = picture();
        StaffId wang = NURSE_WANG.staffId();

        assertThatThrownBy(() -> use.setPreference(new NotificationSettingsCommand.SetPreference(NURSE_WANG, wang,
                Channel.EMAIL, "wang.fang@", Locale.CHINESE, ZoneId.of("Asia/Shanghai"), null)))
                .hasMessage("Field address: wang.fang@ is not an e-mail address");
        assertThatThrownBy(() -> use.setPreference(new NotificationSettingsCommand.SetPreference(NURSE_WANG, wang,
                Channel.SMS, "call the ward", Locale.CHINESE, ZoneId.of("Asia/Shanghai"), null)))
                .hasMessageStartingWith("Field address: call the ward is not a phone number");
        assertThatThrownBy(() -> use.setPreference(new NotificationSettingsCommand.SetPreference(NURSE_WANG, wang,
                Channel.EMAIL, "wang@hospital.cn", Locale.JAPANESE, ZoneId.of("Asia/Shanghai"), null)))
                .hasMessageStartingWith("Field language:");
        assertThatThrownBy(() -> use.setPreference(new NotificationSettingsCommand.SetPreference(NURSE_WANG, wang,
                Channel.WECOM, "wang@hospital.cn", Locale.CHINESE, ZoneId.of("Asia/Shanghai"), null)))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(picture()).isEqualTo(before);
    }
}
