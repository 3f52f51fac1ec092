package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.access.Permission;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.notification.InvalidNotificationSettingException;
import org.itilhis.core.notification.MessageTemplate;
import org.itilhis.core.notification.NotificationLanguages;
import org.itilhis.core.notification.NotificationPreference;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.NotificationRules;
import org.itilhis.core.notification.NotificationSettingsEvent;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.EventTypes;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.notification.in.GroupRobotNotFoundException;
import org.itilhis.ports.notification.in.GroupRobotView;
import org.itilhis.ports.notification.in.MessageTemplateNotFoundException;
import org.itilhis.ports.notification.in.MessageTemplateView;
import org.itilhis.ports.notification.in.NotificationPreferenceNotFoundException;
import org.itilhis.ports.notification.in.NotificationRulesView;
import org.itilhis.ports.notification.in.NotificationSettingsCommand;
import org.itilhis.ports.notification.in.NotificationSettingsQueries;
import org.itilhis.ports.notification.in.NotificationSettingsUseCase;
import org.itilhis.ports.notification.out.NotificationRuleRepository.StoredRules;

/**
 * Keeps who gets what: every change runs through the {@link CommandPipeline} (validate,
 * authorise, check, save; the pipeline appends the change's event to the audit trail), and reads
 * answer with robots masked. While no rule is stored, the library's default rules are in force
 * and shown at version 0; replacing them stores the hospital's list.
 */
final class NotificationSettingsService implements NotificationSettingsUseCase, NotificationSettingsQueries {
    private static final String RULES = "notification-rules";

    private final NotificationSettingsPorts ports;
    private final NotificationSettingsAccess access;
    private final MessageRenderer renderer;
    private final CommandPipeline pipeline;

    NotificationSettingsService(NotificationSettingsPorts ports, NotificationSettingsAccess access,
                                MessageRenderer renderer, CommandPipeline pipeline) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.renderer = checkNotNull(renderer, "renderer");
        this.pipeline = checkNotNull(pipeline, "pipeline");
    }

    @Override
    public NotificationRulesView replaceRules(NotificationSettingsCommand.ReplaceRules command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            List<NotificationRule> rules = command.rules();
            for (int i = 0; i < rules.size(); i++) {
                rules.get(i).check(i, EventTypes::isKnown);
            }
            StoredRules stored = ports.rules().load();
            NotificationRulesView before = view(stored);
            for (NotificationRule changed : changed(before.rules(), rules)) {
                access.checkGroup(actor, Permission.MANAGE_NOTIFICATION_RULES, changed.group(), RULES);
            }
            if (rules.isEmpty()) {
                // No rule at all is a choice of its own: an empty store would mean the defaults.
                access.checkGroup(actor, Permission.MANAGE_NOTIFICATION_RULES, Optional.empty(), RULES);
            }
            CommandPipeline.checkVersion(RULES, RULES, command.expectedVersion(), stored.version());
            ports.rules().save(rules, stored.version());
            long version = stored.version() + 1;
            return Outcome.of(new NotificationRulesView(rules, version, false),
                    List.of(new NotificationSettingsEvent.RulesReplaced(ImmutableList.copyOf(rules), version,
                            actor.staffId(), now())));
        });
    }

    /** The rules added or removed between {@code before} and {@code after}, each as often as it changed. */
    private static Multiset<NotificationRule> changed(List<NotificationRule> before, List<NotificationRule> after) {
        Multiset<NotificationRule> removed = HashMultiset.create(before);
        after.forEach(removed::remove);
        Multiset<NotificationRule> added = HashMultiset.create(after);
        before.forEach(added::remove);
        added.addAll(removed);
        return added;
    }

    @Override
    public MessageTemplateView setTemplate(NotificationSettingsCommand.SetTemplate command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.checkGroup(actor, Permission.MANAGE_NOTIFICATION_RULES, Optional.empty(),
                    command.eventType());
            Locale language = language(command.language());
            checkEventType(command.eventType());
            MessageTemplate template = new MessageTemplate(command.eventType(), language, command.subject(),
                    command.body());
            MessageRenderer.check(template);
            ports.templates().save(template);
            return Outcome.of(MessageTemplateView.of(template, renderer.label(template.eventType(), language), true),
                    List.of(new NotificationSettingsEvent.TemplateSet(template.eventType(), language.getLanguage(),
                            template.subject(), template.body(), actor.staffId(), now())));
        });
    }

    @Override
    public void removeTemplate(NotificationSettingsCommand.RemoveTemplate command) {
        pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.checkGroup(actor, Permission.MANAGE_NOTIFICATION_RULES, Optional.empty(),
                    command.eventType());
            Locale language = language(command.language());
            if (ports.templates().find(command.eventType(), language).isEmpty()) {
                throw new MessageTemplateNotFoundException(command.eventType(), language);
            }
            ports.templates().remove(command.eventType(), language);
            return Outcome.of(Boolean.TRUE, List.of(new NotificationSettingsEvent.TemplateRemoved(
                    command.eventType(), language.getLanguage(), actor.staffId(), now())));
        });
    }

    @Override
    public GroupRobotView setRobot(NotificationSettingsCommand.SetRobot command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            if (command.channel().isPersonal()) {
                throw InvalidCommandException.of("channel", command.channel()
                        + " reaches one person; a group's robot is on WECOM or DINGTALK");
            }
            access.checkGroup(actor, Permission.MANAGE_NOTIFICATION_RULES, Optional.of(command.group()),
                    command.group().value());
            if (ports.desk().directory().group(command.group()).isEmpty()) {
                throw InvalidCommandException.of("group", "no assignment group " + command.group()
                        + " is in the staff directory");
            }
            GroupRobot robot = new GroupRobot(command.group(), command.channel(), command.webhook(),
                    Optional.ofNullable(command.secret()), command.language()).validated();
            ports.robots().save(robot);
            return Outcome.of(GroupRobotView.of(robot), List.of(new NotificationSettingsEvent.RobotSet(robot.group(),
                    robot.channel(), robot.maskedWebhook(), robot.secret().isPresent(),
                    robot.language().getLanguage(), actor.staffId(), now())));
        });
    }

    @Override
    public void removeRobot(NotificationSettingsCommand.RemoveRobot command) {
        pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.checkGroup(actor, Permission.MANAGE_NOTIFICATION_RULES, Optional.of(command.group()),
                    command.group().value());
            if (ports.robots().of(command.group()).stream().noneMatch(r -> r.channel() == command.channel())) {
                throw new GroupRobotNotFoundException(command.group(), command.channel());
            }
            ports.robots().remove(command.group(), command.channel());
            return Outcome.of(Boolean.TRUE, List.of(new NotificationSettingsEvent.RobotRemoved(command.group(),
                    command.channel(), actor.staffId(), now())));
        });
    }

    @Override
    public NotificationPreference setPreference(NotificationSettingsCommand.SetPreference command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            if (!command.channel().isPersonal()) {
                throw InvalidCommandException.of("channel", command.channel()
                        + " is a group's chat; a person is told by EMAIL or SMS");
            }
            access.checkPreference(actor, command.staff());
            NotificationPreference preference = new NotificationPreference(command.staff(), command.channel(),
                    command.address(), command.language(), command.zone(),
                    Optional.ofNullable(command.quietHours())).validated();
            ports.preferences().save(preference);
            return Outcome.of(preference, List.of(new NotificationSettingsEvent.PreferenceSet(preference.staff(),
                    preference.channel(), preference.address(), preference.language().getLanguage(),
                    preference.zone().getId(),
                    preference.quietHours().map(q -> q.start() + "-" + q.end()), actor.staffId(), now())));
        });
    }

    @Override
    public void removePreference(NotificationSettingsCommand.RemovePreference command) {
        pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.checkPreference(actor, command.staff());
            if (ports.preferences().find(command.staff()).isEmpty()) {
                throw new NotificationPreferenceNotFoundException(command.staff());
            }
            ports.preferences().remove(command.staff());
            return Outcome.of(Boolean.TRUE, List.of(new NotificationSettingsEvent.PreferenceRemoved(command.staff(),
                    actor.staffId(), now())));
        });
    }

    @Override
    public NotificationRulesView rules(Actor actor) {
        checkNotNull(actor, "actor");
        access.checkMayView(actor, RULES);
        return view(ports.rules().load());
    }

    @Override
    public List<MessageTemplateView> templates(Actor actor) {
        checkNotNull(actor, "actor");
        access.checkMayView(actor, "notification-templates");
        return ports.templates().all().stream()
                .map(t -> MessageTemplateView.of(t, renderer.label(t.eventType(), t.language()), true))
                .toList();
    }

    @Override
    public MessageTemplateView template(Actor actor, String eventType, Locale language) {
        checkNotNull(actor, "actor");
        checkNotNull(eventType, "eventType");
        access.checkMayView(actor, eventType);
        Locale lang = language(language);
        checkEventType(eventType);
        Optional<MessageTemplate> override = ports.templates().find(eventType, lang);
        return MessageTemplateView.of(override.orElseGet(() -> MessageRenderer.defaultTemplate(eventType, lang)),
                renderer.label(eventType, lang), override.isPresent());
    }

    @Override
    public List<GroupRobotView> robots(Actor actor) {
        checkNotNull(actor, "actor");
        access.checkMayView(actor, "group-robots");
        boolean all = access.viewsAll(actor);
        return ports.robots().all().stream()
                .filter(r -> all || access.permitsGroup(actor, Permission.VIEW_NOTIFICATIONS, Optional.of(r.group())))
                .map(GroupRobotView::of)
                .toList();
    }

    @Override
    public List<GroupRobotView> robots(Actor actor, GroupId group) {
        checkNotNull(actor, "actor");
        checkNotNull(group, "group");
        access.checkGroup(actor, Permission.VIEW_NOTIFICATIONS, Optional.of(group), group.value());
        return ports.robots().of(group).stream().map(GroupRobotView::of).toList();
    }

    @Override
    public NotificationPreference preference(Actor actor, StaffId staff) {
        checkNotNull(actor, "actor");
        checkNotNull(staff, "staff");
        access.checkPreference(actor, staff);
        return ports.preferences().find(staff).orElseThrow(() -> new NotificationPreferenceNotFoundException(staff));
    }

    private static NotificationRulesView view(StoredRules stored) {
        return stored.version() == 0
                ? new NotificationRulesView(NotificationRules.hospitalDefault(), 0, true)
                : new NotificationRulesView(stored.rules(), stored.version(), false);
    }

    private static Locale language(Locale language) {
        if (!NotificationLanguages.isSupported(language)) {
            throw InvalidNotificationSettingException.languageUnsupported(language);
        }
        return language;
    }

    private static void checkEventType(String eventType) {
        if (!EventTypes.isKnown(eventType)) {
            throw InvalidCommandException.of("eventType", "no practice logs an event of type " + eventType);
        }
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
