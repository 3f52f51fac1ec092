package org.itilhis.ports.notification.in;

import org.itilhis.core.notification.NotificationPreference;

/**
 * Changing who gets what: the hospital's rules ({@code MANAGE_NOTIFICATION_RULES}: the director
 * any rule, a group lead the rules naming their group), its message templates (the director),
 * the groups' chat robots (the director, a group lead their group's), and people's preferences
 * ({@code SET_NOTIFICATION_PREFERENCE}: everyone their own, the director anyone's). Each change
 * is one transaction and one event in the audit trail; a refused change changes nothing.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.notification.InvalidNotificationSettingException for a setting that does not fit
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 */
public interface NotificationSettingsUseCase {
    /** @throws org.itilhis.core.shared.VersionConflictException if the rules changed since {@code expectedVersion} */
    NotificationRulesView replaceRules(NotificationSettingsCommand.ReplaceRules command);

    /** @throws InvalidMessageTemplateException if Mustache cannot compile the subject or the body */
    MessageTemplateView setTemplate(NotificationSettingsCommand.SetTemplate command);

    /** @throws MessageTemplateNotFoundException if no override is stored */
    void removeTemplate(NotificationSettingsCommand.RemoveTemplate command);

    GroupRobotView setRobot(NotificationSettingsCommand.SetRobot command);

    /** @throws GroupRobotNotFoundException if the group has no robot on the channel */
    void removeRobot(NotificationSettingsCommand.RemoveRobot command);

    NotificationPreference setPreference(NotificationSettingsCommand.SetPreference command);

    /** @throws NotificationPreferenceNotFoundException if the person has none */
    void removePreference(NotificationSettingsCommand.RemovePreference command);
}
