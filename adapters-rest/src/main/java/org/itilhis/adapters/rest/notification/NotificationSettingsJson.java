package org.itilhis.adapters.rest.notification;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.QuietHours;
import org.itilhis.core.notification.RecipientRole;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.notification.in.GroupRobotView;
import org.itilhis.ports.notification.in.MessageTemplateView;
import org.itilhis.ports.notification.in.NotificationRulesView;

/** Who gets what as JSON, and the conversions of its text fields (each error named by its field). */
final class NotificationSettingsJson {
    private NotificationSettingsJson() {
    }

    /** One rule: the event type, the priorities (any when empty), the group (any when absent), whom, free text or not. */
    public record NotificationRuleJson(String eventType, List<String> priorities, String group, String recipient,
                           Boolean freeText) {
        static NotificationRuleJson of(NotificationRule rule) {
            return new NotificationRuleJson(rule.eventType(), rule.priorities().stream().map(Priority::name).sorted().toList(),
                    rule.group().map(GroupId::value).orElse(null), rule.recipient().name(), rule.freeText());
        }
    }

    public record NotificationRulesJson(List<NotificationRuleJson> rules, long version, boolean defaults) {
        static NotificationRulesJson of(NotificationRulesView view) {
            return new NotificationRulesJson(view.rules().stream().map(NotificationRuleJson::of).toList(), view.version(), view.defaults());
        }
    }

    /** {@code PUT /notification-rules}. */
    public record NotificationRulesBodyJson(List<NotificationRuleJson> rules) {
    }

    public record MessageTemplateJson(String eventType, String language, String label, String subject, String body,
                               boolean overridden) {
        static MessageTemplateJson of(MessageTemplateView view) {
            return new MessageTemplateJson(view.eventType(), view.language().getLanguage(), view.label(), view.subject(),
                    view.body(), view.overridden());
        }
    }

    public record MessageTemplatesJson(List<MessageTemplateJson> items) {
    }

    /** {@code PUT /notification-templates/{eventType}/{language}}. */
    public record MessageTemplateBodyJson(String subject, String body) {
    }

    /** A robot as shown: its webhook's key and its secret masked. */
    public record GroupRobotJson(String group, String channel, String webhook, String secret, String language) {
        static GroupRobotJson of(GroupRobotView view) {
            return new GroupRobotJson(view.group().value(), view.channel().name(), view.webhook(),
                    view.secret().orElse(null), view.language().getLanguage());
        }
    }

    public record GroupRobotsJson(List<GroupRobotJson> items) {
    }

    /** {@code PUT /group-robots/{group}/{channel}}. */
    public record GroupRobotBodyJson(String webhook, String secret, String language) {
    }

    public record QuietHoursJson(String start, String end) {
    }

    public record NotificationPreferenceJson(String staffId, String channel, String address, String language, String zone,
                                 QuietHoursJson quietHours) {
        static NotificationPreferenceJson of(NotificationPreference preference) {
            return new NotificationPreferenceJson(preference.staff().value(), preference.channel().name(), preference.address(),
                    preference.language().getLanguage(), preference.zone().getId(),
                    preference.quietHours().map(q -> new QuietHoursJson(q.start().toString(), q.end().toString()))
                            .orElse(null));
        }
    }

    /** {@code PUT /notification-preferences/{staffId}}. */
    public record NotificationPreferenceBodyJson(String channel, String address, String language, String zone,
                                     QuietHoursJson quietHours) {
    }

    static List<NotificationRule> rules(List<NotificationRuleJson> json, Fields fields) {
        if (json == null) {
            fields.check(false, "rules", "field.required");
            return List.of();
        }
        List<NotificationRule> rules = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String at = "rules[" + i + "].";
            NotificationRuleJson rule = json.get(i);
            if (rule == null) {
                fields.check(false, "rules[" + i + "]", "field.required");
                continue;
            }
            fields.check(rule.eventType() != null && !rule.eventType().isBlank(), at + "eventType", "field.required");
            List<Priority> priorities = new ArrayList<>();
            for (String priority : rule.priorities() == null ? List.<String>of() : rule.priorities()) {
                Priority value = enumValue(at + "priorities", priority, Priority.class, fields);
                if (value != null) {
                    priorities.add(value);
                }
            }
            GroupId group = fields.id(at + "group", rule.group(), GroupId::of);
            RecipientRole recipient = enumValue(at + "recipient", rule.recipient(), RecipientRole.class, fields);
            if (rule.eventType() != null && !rule.eventType().isBlank() && recipient != null) {
                rules.add(new NotificationRule(rule.eventType().strip(), ImmutableSet.copyOf(priorities),
                        Optional.ofNullable(group), recipient, Boolean.TRUE.equals(rule.freeText())));
            }
        }
        return rules;
    }

    static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type, Fields fields) {
        if (text == null) {
            fields.check(false, field, "field.required");
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            fields.check(false, field, "field.unknown-value", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** A language tag as given ({@code zh}, {@code en}); the core refuses any other, naming the field. */
    static Locale language(String field, String text, Fields fields) {
        if (text == null || text.isBlank()) {
            fields.check(false, field, "field.required");
            return null;
        }
        return Locale.forLanguageTag(text.strip());
    }

    static URI uri(String field, String text, Fields fields) {
        if (text == null || text.isBlank()) {
            fields.check(false, field, "field.required");
            return null;
        }
        try {
            return new URI(text.strip());
        } catch (URISyntaxException malformed) {
            fields.check(false, field, "field.invalid-value");
            return null;
        }
    }

    static ZoneId zone(String field, String text, Fields fields) {
        if (text == null || text.isBlank()) {
            return ZoneId.of("Asia/Shanghai");
        }
        try {
            return ZoneId.of(text.strip());
        } catch (RuntimeException unknown) {
            fields.check(false, field, "field.invalid-zone");
            return null;
        }
    }

    /** Quiet hours from their two times; equal times are the core's refusal (422), naming the field. */
    static QuietHours quietHours(QuietHoursJson json, Fields fields) {
        if (json == null) {
            return null;
        }
        LocalTime start = time("quietHours.start", json.start(), fields);
        LocalTime end = time("quietHours.end", json.end(), fields);
        return start == null || end == null ? null : new QuietHours(start, end);
    }

    private static LocalTime time(String field, String text, Fields fields) {
        if (text == null) {
            fields.check(false, field, "field.required");
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            fields.check(false, field, "field.invalid-time");
            return null;
        }
    }
}
