package org.itilhis.core.notification;

import java.time.LocalTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.VersionConflictException;

/**
 * One of each refusal of the notification settings, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class NotificationRefusals {
    private NotificationRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                InvalidNotificationSettingException.unknownEventType(2, "ticket.teleported"),
                InvalidNotificationSettingException.emailInvalid("zhang.wei@"),
                InvalidNotificationSettingException.phoneInvalid("call me"),
                InvalidNotificationSettingException.languageUnsupported(Locale.FRENCH),
                InvalidNotificationSettingException.quietHoursEmpty(LocalTime.of(22, 0)),
                InvalidNotificationSettingException.webhookNotHttp("ftp://robots.example.cn/send"),
                InvalidNotificationSettingException.dingTalkSecretInvalid(),
                InvalidNotificationSettingException.weComSecretGiven(),
                new VersionConflictException("notification-rules", "notification-rules", 3, 4));
    }
}
