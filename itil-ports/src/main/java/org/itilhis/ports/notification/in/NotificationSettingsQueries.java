package org.itilhis.ports.notification.in;

import java.util.List;
import java.util.Locale;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Reading who gets what: the rules and templates for anyone holding {@code VIEW_NOTIFICATIONS},
 * the robots of the groups the actor may see, a preference for its person and the director.
 *
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not see it
 */
public interface NotificationSettingsQueries {
    NotificationRulesView rules(Actor actor);

    /** The hospital's overrides, by event type and language. */
    List<MessageTemplateView> templates(Actor actor);

    /** The template of {@code eventType} in {@code language} as it speaks: the override, else the default. */
    MessageTemplateView template(Actor actor, String eventType, Locale language);

    /** The robots of every group the actor may see (all of them for the director). */
    List<GroupRobotView> robots(Actor actor);

    /** The robots of {@code group}, for those who may see its notifications (its lead, the director). */
    List<GroupRobotView> robots(Actor actor, GroupId group);

    /** @throws NotificationPreferenceNotFoundException if the person has none */
    NotificationPreference preference(Actor actor, StaffId staff);
}
