package org.itilhis.ports.notification.in;

import java.util.List;
import org.itilhis.core.notification.NotificationRule;

/**
 * The rules in force and their version: the library's default rules (version 0, {@code
 * defaults} true) until the hospital stores its own.
 */
public record NotificationRulesView(List<NotificationRule> rules, long version, boolean defaults) {
    public NotificationRulesView {
        rules = List.copyOf(rules);
    }
}
