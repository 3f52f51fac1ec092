package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
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
import org.itilhis.core.notification.QuietHours;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.GroupRobotRepository;
import org.itilhis.ports.notification.out.MessageTemplateRepository;
import org.itilhis.ports.notification.out.NotificationPreferenceRepository;
import org.itilhis.ports.notification.out.NotificationRuleRepository;
import org.itilhis.ports.notification.out.NotificationRuleRepository.StoredRules;
import org.junit.jupiter.api.Test;

/**
 * What every store of who gets what must do: keep the rules as one list in order at its
 * version, writing only over the version read; one preference per person found by address (an
 * e-mail without case); one robot per group and channel with its secret; one template per
 * event type and language, Chinese text whole; and take part in transactions. Each test expects
 * empty storage.
 */
public interface NotificationSettingsContract {
    StaffId ZHANG = StaffId.of("E0201");
    StaffId LI = StaffId.of("E0202");
    GroupId RADIOLOGY = GroupId.of("radiology-it");
    String SECRET = "SEC" + "0123456789abcdef".repeat(4);

    NotificationRuleRepository notificationRules();

    NotificationPreferenceRepository notificationPreferences();

    GroupRobotRepository groupRobots();

    MessageTemplateRepository messageTemplates();

    Transactions transactions();

    private static List<NotificationRule> rules() {
        return List.of(
                new NotificationRule("ticket.assigned", ImmutableSet.of(), Optional.empty(), RecipientRole.ASSIGNEE,
                        false),
                new NotificationRule("ticket.escalated", ImmutableSet.of(Priority.P1, Priority.P2),
                        Optional.of(RADIOLOGY), RecipientRole.GROUP_CHAT, false),
                new NotificationRule("ticket.caller-updated", ImmutableSet.of(), Optional.empty(), RecipientRole.CALLER,
                        true));
    }

    private static NotificationPreference email(StaffId staff, String address) {
        return new NotificationPreference(staff, Channel.EMAIL, address, Locale.CHINESE, ZoneId.of("Asia/Shanghai"),
                Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))));
    }

    private static GroupRobot dingTalk() {
        return new GroupRobot(RADIOLOGY, Channel.DINGTALK,
                URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc123"), Optional.of(SECRET),
                Locale.CHINESE);
    }

    @Test
    default void noRulesAreStoredAtVersionZeroUntilTheFirstListIsSaved() {
        assertThat(notificationRules().load()).isEqualTo(new StoredRules(List.of(), 0));

        ContractSupport.committed(transactions(), () -> notificationRules().save(rules(), 0));

        assertThat(notificationRules().load()).isEqualTo(new StoredRules(rules(), 1));
    }

    @Test
    default void theRulesAreReplacedWholeOnlyOverTheVersionRead() {
        ContractSupport.committed(transactions(), () -> notificationRules().save(rules(), 0));
        List<NotificationRule> fewer = rules().subList(1, 3);
        ContractSupport.committed(transactions(), () -> notificationRules().save(fewer, 1));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            notificationRules().save(rules(), 1);
            return null;
        })).isInstanceOf(VersionConflictException.class);
        assertThat(notificationRules().load()).isEqualTo(new StoredRules(fewer, 2));
    }

    @Test
    default void anEmptyListIsStoredAsSuch() {
        ContractSupport.committed(transactions(), () -> notificationRules().save(rules(), 0));
        ContractSupport.committed(transactions(), () -> notificationRules().save(List.of(), 1));

        assertThat(notificationRules().load()).isEqualTo(new StoredRules(List.of(), 2));
    }

    @Test
    default void rulesSavedInATransactionThatRollsBackAreNotKept() {
        ContractSupport.rolledBack(transactions(), () -> notificationRules().save(rules(), 0));

        assertThat(notificationRules().load().version()).isZero();
    }

    @Test
    default void aPreferenceIsFoundByPersonAndByAddressWithoutCaseForEmail() {
        NotificationPreference zhang = email(ZHANG, "Zhang.Wei@Hospital.cn");
        NotificationPreference li = new NotificationPreference(LI, Channel.SMS, "+8613800138000", Locale.ENGLISH,
                ZoneId.of("Asia/Urumqi"), Optional.empty());
        ContractSupport.committed(transactions(), () -> {
            notificationPreferences().save(zhang);
            notificationPreferences().save(li);
        });

        assertThat(notificationPreferences().find(ZHANG)).contains(zhang);
        assertThat(notificationPreferences().find(LI)).contains(li);
        assertThat(notificationPreferences().byAddress(Channel.EMAIL, "zhang.wei@hospital.CN")).contains(zhang);
        assertThat(notificationPreferences().byAddress(Channel.SMS, "+8613800138000")).contains(li);
        assertThat(notificationPreferences().byAddress(Channel.SMS, "zhang.wei@hospital.cn")).isEmpty();
        assertThat(notificationPreferences().find(StaffId.of("E9999"))).isEmpty();
    }

    @Test
    default void aPreferenceIsReplacedAndRemoved() {
        ContractSupport.committed(transactions(), () -> notificationPreferences().save(email(ZHANG, "a@hospital.cn")));
        NotificationPreference changed = email(ZHANG, "b@hospital.cn");
        ContractSupport.committed(transactions(), () -> notificationPreferences().save(changed));

        assertThat(notificationPreferences().find(ZHANG)).contains(changed);
        assertThat(notificationPreferences().byAddress(Channel.EMAIL, "a@hospital.cn")).isEmpty();

        ContractSupport.committed(transactions(), () -> notificationPreferences().remove(ZHANG));
        assertThat(notificationPreferences().find(ZHANG)).isEmpty();
    }

    @Test
    default void aPreferenceRemovedInATransactionThatRollsBackIsKept() {
        ContractSupport.committed(transactions(), () -> notificationPreferences().save(email(ZHANG, "a@hospital.cn")));

        ContractSupport.rolledBack(transactions(), () -> notificationPreferences().remove(ZHANG));

        assertThat(notificationPreferences().find(ZHANG)).contains(email(ZHANG, "a@hospital.cn"));
    }

    @Test
    default void aGroupHasOneRobotPerChannelKeptWithItsSecret() {
        GroupRobot weCom = new GroupRobot(RADIOLOGY, Channel.WECOM,
                URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx"), Optional.empty(),
                Locale.ENGLISH);
        GroupRobot other = new GroupRobot(GroupId.of("network"), Channel.WECOM,
                URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=other"), Optional.empty(),
                Locale.CHINESE);
        ContractSupport.committed(transactions(), () -> {
            groupRobots().save(dingTalk());
            groupRobots().save(weCom);
            groupRobots().save(other);
        });

        assertThat(groupRobots().of(RADIOLOGY)).containsExactlyInAnyOrder(dingTalk(), weCom);
        assertThat(groupRobots().all()).containsExactlyInAnyOrder(dingTalk(), weCom, other);

        GroupRobot moved = new GroupRobot(RADIOLOGY, Channel.DINGTALK,
                URI.create("https://oapi.dingtalk.com/robot/send?access_token=new"), Optional.empty(), Locale.ENGLISH);
        ContractSupport.committed(transactions(), () -> groupRobots().save(moved));
        ContractSupport.committed(transactions(), () -> groupRobots().remove(RADIOLOGY, Channel.WECOM));

        assertThat(groupRobots().of(RADIOLOGY)).containsExactly(moved);
    }

    @Test
    default void aRobotSavedInATransactionThatRollsBackIsNotKept() {
        ContractSupport.rolledBack(transactions(), () -> groupRobots().save(dingTalk()));

        assertThat(groupRobots().all()).isEmpty();
    }

    @Test
    default void aTemplateIsKeptPerEventTypeAndLanguageWhole() {
        MessageTemplate zh = new MessageTemplate("ticket.assigned", Locale.CHINESE, "【派单】{{number}} {{summary}}",
                "**{{label}}**\n\n{{summary}}\n{{#link}}查看：{{link}}{{/link}}\n");
        MessageTemplate en = new MessageTemplate("ticket.assigned", Locale.ENGLISH, "{{number}}", "{{summary}}");
        MessageTemplate resolved = new MessageTemplate("ticket.resolved", Locale.CHINESE, "{{number}} 已解决", "您好");
        ContractSupport.committed(transactions(), () -> {
            messageTemplates().save(zh);
            messageTemplates().save(en);
            messageTemplates().save(resolved);
        });

        assertThat(messageTemplates().find("ticket.assigned", Locale.CHINESE)).contains(zh);
        assertThat(messageTemplates().find("ticket.assigned", Locale.ENGLISH)).contains(en);
        assertThat(messageTemplates().find("ticket.closed", Locale.CHINESE)).isEmpty();
        assertThat(messageTemplates().all()).containsExactly(en, zh, resolved);

        MessageTemplate changed = new MessageTemplate("ticket.assigned", Locale.CHINESE, "新", "新正文");
        ContractSupport.committed(transactions(), () -> messageTemplates().save(changed));
        ContractSupport.committed(transactions(), () -> messageTemplates().remove("ticket.assigned", Locale.ENGLISH));

        assertThat(messageTemplates().all()).containsExactly(changed, resolved);
    }

    @Test
    default void aTemplateRemovedInATransactionThatRollsBackIsKept() {
        MessageTemplate zh = new MessageTemplate("ticket.assigned", Locale.CHINESE, "{{number}}", "{{summary}}");
        ContractSupport.committed(transactions(), () -> messageTemplates().save(zh));

        ContractSupport.rolledBack(transactions(), () -> messageTemplates().remove("ticket.assigned", Locale.CHINESE));

        assertThat(messageTemplates().all()).containsExactly(zh);
    }
}
