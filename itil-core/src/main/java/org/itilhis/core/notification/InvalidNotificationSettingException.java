package org.itilhis.core.notification;

import java.util.Locale;
import org.itilhis.core.shared.DomainException;

/**
 * A notification setting refused: a rule naming an event the library does not log, an address
 * that does not fit its channel, a language messages are not written in, empty quiet hours, a
 * robot's webhook that is not http(s) or a secret the robot's platform would not issue. Each
 * text names the field. A secret is never repeated in the text.
 */
public final class InvalidNotificationSettingException extends DomainException {
    private InvalidNotificationSettingException(String code, Object... arguments) {
        super(code, arguments);
    }

    /** Rule number {@code index} (from 0) names {@code eventType}, which no practice logs. */
    public static InvalidNotificationSettingException unknownEventType(int index, String eventType) {
        return new InvalidNotificationSettingException("notification-rule.unknown-event-type", index, eventType);
    }

    public static InvalidNotificationSettingException emailInvalid(String address) {
        return new InvalidNotificationSettingException("notification-preference.email-invalid", address);
    }

    public static InvalidNotificationSettingException phoneInvalid(String address) {
        return new InvalidNotificationSettingException("notification-preference.phone-invalid", address);
    }

    public static InvalidNotificationSettingException languageUnsupported(Locale language) {
        return new InvalidNotificationSettingException("notification.language-unsupported", language.toLanguageTag());
    }

    public static InvalidNotificationSettingException quietHoursEmpty(Object at) {
        return new InvalidNotificationSettingException("notification-preference.quiet-hours-empty", at);
    }

    public static InvalidNotificationSettingException webhookNotHttp(String webhook) {
        return new InvalidNotificationSettingException("group-robot.webhook-not-http", webhook);
    }

    public static InvalidNotificationSettingException dingTalkSecretInvalid() {
        return new InvalidNotificationSettingException("group-robot.dingtalk-secret-invalid");
    }

    public static InvalidNotificationSettingException weComSecretGiven() {
        return new InvalidNotificationSettingException("group-robot.wecom-secret-given");
    }
}
