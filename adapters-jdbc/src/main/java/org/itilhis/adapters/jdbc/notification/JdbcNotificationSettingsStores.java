package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * Who gets what in a JDBC storage: the notification rules, people's preferences, the groups'
 * chat robots and the hospital's message templates, built from the parts every practice shares.
 */
public final class JdbcNotificationSettingsStores {
    private final JdbcNotificationRules rules;
    private final JdbcNotificationPreferences preferences;
    private final JdbcGroupRobots robots;
    private final JdbcMessageTemplates templates;

    public JdbcNotificationSettingsStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.rules = new JdbcNotificationRules(parts);
        this.preferences = new JdbcNotificationPreferences(parts);
        this.robots = new JdbcGroupRobots(parts);
        this.templates = new JdbcMessageTemplates(parts);
    }

    public JdbcNotificationRules rules() {
        return rules;
    }

    public JdbcNotificationPreferences preferences() {
        return preferences;
    }

    public JdbcGroupRobots robots() {
        return robots;
    }

    public JdbcMessageTemplates templates() {
        return templates;
    }
}
