package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.itilhis.core.access.Permission;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.inspection.ChecklistItem;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.GraceOutOfRangeException;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.InvalidChecklistException;
import org.itilhis.core.inspection.ItemAnswer;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.inspection.ItemResult;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.InspectionRoundNotFoundException;
import org.itilhis.ports.operations.in.InspectionScheduleNotFoundException;
import org.itilhis.ports.operations.in.InspectionScheduleView;
import org.itilhis.ports.operations.in.InspectionTemplateNotFoundException;
import org.itilhis.ports.operations.in.InspectionTemplateView;
import org.itilhis.ports.operations.in.InspectionUseCase;
import org.itilhis.ports.operations.in.RoundView;

/**
 * Keeps the inspection rounds: templates, schedules, and recording rounds with an incident per
 * failed item. Every command runs through the {@link CommandPipeline}: validate, authorise in
 * the group's scope, load, check the expected version, decide, save; the pipeline appends the
 * events. A failed item's incident is reported inside the command's transaction, so that the
 * round and its incidents commit or roll back together.
 */
final class InspectionService implements InspectionUseCase {
    /** The {@code source} of the faults rounds report. */
    static final String FAULT_SOURCE = "inspection";

    private final InspectionPorts ports;
    private final InspectionSettings settings;
    private final InspectionAccess access;
    private final InspectionCalendars calendars;
    private final CommandPipeline pipeline;

    InspectionService(InspectionPorts ports, InspectionSettings settings, InspectionAccess access,
                      Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.calendars = new InspectionCalendars(ports.calendars());
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
    }

    @Override
    public InspectionTemplateView writeTemplate(InspectionCommand.WriteTemplate command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_INSPECTIONS, command.group(), command.code());
            access.group(command.group());
            Optional<ChecklistTemplate> latest = ports.templates().latest(command.code());
            if (latest.isPresent() && !latest.get().group().equals(command.group())) {
                if (!access.mayView(actor, latest.get().group())) {
                    throw new InspectionTemplateNotFoundException(command.code());
                }
                throw InvalidChecklistException.otherGroup(command.code(), latest.get().group(), command.group());
            }
            CommandPipeline.checkVersion("inspection-template", command.code(), command.expectedVersion(),
                    latest.map(ChecklistTemplate::version).orElse(0L));
            checkCi(command.ci());
            List<ChecklistItem> items = new ArrayList<>();
            for (int i = 0; i < command.items().size(); i++) {
                items.add(item("items[" + i + "]", command.items().get(i)));
            }
            String name = command.name().strip();
            ChecklistTemplate next = latest.map(l -> l.revise(name, command.ci(), items, actor.staffId(), now()))
                    .orElseGet(() -> ChecklistTemplate.define(command.code(), command.group(), name, command.ci(), items,
                            actor.staffId(), now()));
            ports.templates().save(next);
            return Outcome.of(new InspectionTemplateView(next, ports.templates().versions(next.code()).stream()
                    .map(ChecklistTemplate::version).toList()), List.of(next.revised()));
        });
    }

    private ChecklistItem item(String field, InspectionCommand.ItemDefinition d) {
        Optional<CiId> ci = Optional.ofNullable(d.ci());
        ci.ifPresent(this::checkCi);
        return ChecklistItem.checked(field, d.code(), d.name().strip(), d.kind(), ci, Optional.ofNullable(d.unit()),
                Optional.ofNullable(d.low()), Optional.ofNullable(d.high()),
                d.options() == null ? List.of() : d.options(),
                d.failingOptions() == null ? Set.of() : d.failingOptions());
    }

    private void checkCi(CiId ci) {
        if (ports.items().find(ci).isEmpty()) {
            throw new CiNotFoundException(ci);
        }
    }

    @Override
    public InspectionScheduleView defineSchedule(InspectionCommand.DefineSchedule command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_INSPECTIONS, command.group(), command.template());
            access.group(command.group());
            String expression = checkRule(command.group(), command.template(), command.cron(), command.days(),
                    command.calendar(), command.grace());
            InspectionSchedule schedule = InspectionSchedule.define(ports.schedules().nextId(), command.group(),
                    command.template(), expression, command.days(), command.calendar().strip(), command.grace(),
                    actor.staffId(), now());
            ports.schedules().save(schedule);
            return Outcome.of(view(schedule), schedule.pullEvents());
        });
    }

    @Override
    public InspectionScheduleView changeSchedule(InspectionCommand.ChangeSchedule command) {
        return editSchedule(command, command.actor(), command.schedule(), command.expectedVersion(), schedule -> {
            String expression = checkRule(schedule.group(), command.template(), command.cron(), command.days(),
                    command.calendar(), command.grace());
            schedule.change(command.template(), expression, command.days(), command.calendar().strip(),
                    command.grace(), command.actor().staffId(), now());
        });
    }

    @Override
    public InspectionScheduleView retireSchedule(InspectionCommand.RetireSchedule command) {
        return editSchedule(command, command.actor(), command.schedule(), command.expectedVersion(),
                schedule -> schedule.retire(command.actor().staffId(), now()));
    }

    private InspectionScheduleView editSchedule(Object command, Actor actor, ScheduleId id, Long expectedVersion,
                                                Consumer<InspectionSchedule> change) {
        return pipeline.run(command, () -> {
            InspectionSchedule schedule = ports.schedules().find(id).filter(s -> access.mayView(actor, s.group()))
                    .orElseThrow(() -> new InspectionScheduleNotFoundException(id));
            access.check(actor, Permission.MANAGE_INSPECTIONS, schedule.group(), id.toString());
            CommandPipeline.checkVersion("inspection-schedule", id.toString(), expectedVersion, schedule.version());
            change.accept(schedule);
            ports.schedules().save(schedule);
            return Outcome.of(view(schedule), schedule.pullEvents());
        });
    }

    /**
     * Checks a schedule's rule: the template is the group's, the calendar exists, the expression
     * is a cron expression, the grace within the settings'; answers the expression stripped.
     */
    private String checkRule(GroupId group, String template, String cron, CalendarDays days, String calendar,
                             Duration grace) {
        ports.templates().latest(template).filter(t -> t.group().equals(group))
                .orElseThrow(() -> new InspectionTemplateNotFoundException(template));
        calendars.checkExists(calendar.strip());
        String expression = CronSchedule.parse("cron", cron, days).expression();
        if (grace.isNegative() || grace.isZero() || grace.compareTo(settings.maxGrace()) > 0) {
            throw new GraceOutOfRangeException(grace, settings.maxGrace());
        }
        return expression;
    }

    private InspectionScheduleView view(InspectionSchedule schedule) {
        return InspectionScheduleView.of(schedule, calendars.nextDue(schedule, now()));
    }

    @Override
    public RoundView recordRound(InspectionCommand.RecordRound command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            InspectionRound round = ports.rounds().find(command.round())
                    .filter(r -> access.mayView(actor, r.group()))
                    .orElseThrow(() -> new InspectionRoundNotFoundException(command.round()));
            access.check(actor, Permission.RECORD_INSPECTION, round.group(), round.id().toString());
            CommandPipeline.checkVersion("inspection-round", round.id().toString(), command.expectedVersion(),
                    round.version());
            access.checkMember(command.performedBy(), round.group());
            ChecklistTemplate template = ports.templates().find(round.template(), round.templateVersion())
                    .orElseThrow(() -> new IllegalStateException("round " + round.id() + " is of " + round.template()
                            + " version " + round.templateVersion() + ", which is not stored"));
            Instant now = now();
            ImmutableList<ItemResult> results = round.evaluate(template, command.templateVersion(),
                    command.results().stream().map(InspectionService::answer).toList(), command.performedAt(), now);
            List<ItemResult> linked = new ArrayList<>();
            for (ItemResult result : results) {
                linked.add(result.failed() ? result.withIncident(report(actor, round, template, result, command).number())
                        : result);
            }
            round.record(template, command.performedBy(), command.performedAt(), linked, actor.staffId(), now);
            ports.rounds().save(round);
            return Outcome.of(RoundView.of(round, now), round.pullEvents());
        });
    }

    private static ItemAnswer answer(InspectionCommand.Answer a) {
        return new ItemAnswer(a.item(), Optional.ofNullable(a.passed()), Optional.ofNullable(a.reading()),
                Optional.ofNullable(a.unit()), Optional.ofNullable(a.choice()),
                Optional.ofNullable(a.note()).map(String::strip).filter(n -> !n.isEmpty()));
    }

    /** Raises the incident of a failed item, or adds this finding to the one its last failure raised. */
    private FaultIncident report(Actor actor, InspectionRound round, ChecklistTemplate template, ItemResult result,
                                 InspectionCommand.RecordRound command) {
        ChecklistItem item = template.item(result.item()).orElseThrow();
        String found = item.kind() == ItemKind.READING
                ? result.entered() + ", normal " + item.range() : result.entered();
        String summary = abbreviate("Inspection " + template.code() + ": " + item.name() + " " + found, 200);
        String description = template.name() + " (" + template.code() + " version "
                + template.version() + "), due " + round.due() + ", performed by " + command.performedBy() + " at "
                + command.performedAt() + ": " + item.name() + " (" + item.code() + "): " + found + "."
                + result.note().map(n -> " Note: " + n).orElse("");
        return ports.faults().report(new ReportFault(actor, template.ciOf(item), FAULT_SOURCE, template.faultOf(item),
                summary, abbreviate(description, 8000), reference(round), null));
    }

    /** How an incident refers to a round: {@code inspection-round <id>}. */
    static String reference(InspectionRound round) {
        return "inspection-round " + round.id();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
