package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeDetails;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeNotFoundException;
import org.itilhis.ports.change.in.ChangeTemplateNotFoundException;
import org.itilhis.ports.change.in.ChangeUseCase;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.RaiseChange;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;

/**
 * Works changes: raising one, and every {@link ChangeCommand} through the {@link
 * CommandPipeline}: load the change, check that the actor sees it and holds the command's
 * permission in its group's scope, check the expected version, let {@link ChangeDecision} gather
 * what the step needs (the CMDB's impact, the board, the schedule's conflicts) and the change
 * decide, save it; the pipeline appends its events.
 */
final class ChangeService implements ChangeUseCase {
    private final ChangePorts ports;
    private final ChangeSettings settings;
    private final AccessPolicy access;
    private final CommandPipeline pipeline;
    private final Supplier<CiGraph> graph;

    ChangeService(ChangePorts ports, ChangeSettings settings, AccessPolicy access, Validator validator,
                  Supplier<CiGraph> graph) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.graph = checkNotNull(graph, "graph");
    }

    @Override
    public ChangeView raise(RaiseChange command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            ImmutableSet<GroupId> groups = ports.desk().directory().groupsOf(actor.staffId());
            AccessContext context = ChangeVisibility.contextOf(command.group(), groups);
            access.check(actor, Permission.VIEW_CHANGE, context, "change");
            access.check(actor, Permission.RAISE_CHANGE, context, "change");
            ports.desk().directory().group(command.group())
                    .orElseThrow(() -> AssignmentRefusedException.unknownGroup(command.group()));
            Optional<ChangeTemplate> template = template(command);
            ExpectedOutage outage = outage(command);
            ImmutableMap<CiId, String> classes = touchedClasses(command);
            ChangeRequest request = ChangeRequest.of(ChangeDetails.of(command.summary(), command.description()),
                    ChangePlans.of(command.implementationPlan(), command.backoutPlan(), command.testPlan()),
                    command.touchedCis(), PlannedWindow.of(command.windowStart(), command.windowEnd()), outage,
                    actor.staffId(), command.group(), command.manager());
            Instant now = ports.desk().clock().instant();
            ChangeId id = ports.changes().nextId();
            ChangeNumber number = ports.numbers().next(LocalDate.ofInstant(now, settings.zone()).getYear());
            Change change = template.isPresent()
                    ? Change.raiseStandard(id, number, template.get(), request, classes, actor.staffId(), now)
                    : Change.raise(id, number, command.model(), request, actor.staffId(), now);
            ports.changes().save(change);
            return Outcome.of(ChangeView.of(change), change.pullEvents());
        });
    }

    @Override
    public ChangeView handle(ChangeCommand command) {
        checkNotNull(command, "command");
        return pipeline.run(command, () -> {
            Change change = ports.changes().find(command.change())
                    .orElseThrow(() -> new ChangeNotFoundException(command.change()));
            Actor actor = command.actor();
            ImmutableSet<GroupId> groups = ports.desk().directory().groupsOf(actor.staffId());
            if (!ChangeVisibility.seen(access, actor, change, groups)) {
                throw new ChangeNotFoundException(command.change()); // as the queries say: no leak of existence
            }
            access.check(actor, command.permission(), ChangeVisibility.contextOf(change, groups),
                    change.number().toString());
            CommandPipeline.checkVersion("change", change.number().toString(), command.expectedVersion(),
                    change.version());
            command.accept(new ChangeDecision(ports, settings, access, graph, change, actor, groups,
                    ports.desk().clock().instant()));
            ports.changes().save(change);
            return Outcome.of(ChangeView.of(change), change.pullEvents());
        });
    }

    private Optional<ChangeTemplate> template(RaiseChange command) {
        boolean standard = command.model() == ChangeModel.STANDARD;
        if (standard && command.template() == null) {
            throw InvalidCommandException.of("template", "a standard change names the template it is made from");
        }
        if (!standard && command.template() != null) {
            throw InvalidCommandException.of("template", "only a standard change is made from a template; this is "
                    + command.model());
        }
        return standard ? Optional.of(ports.templates().find(command.template())
                .orElseThrow(() -> new ChangeTemplateNotFoundException(command.template()))) : Optional.empty();
    }

    private static ExpectedOutage outage(RaiseChange command) {
        boolean lasting = command.outage() == ExpectedOutage.Kind.FOR_DURATION;
        if (lasting != (command.outageDuration() != null)) {
            throw InvalidCommandException.of("outageDuration", lasting
                    ? "an outage for a duration says how long it lasts" : "only an outage for a duration has one");
        }
        if (lasting && (command.outageDuration().isNegative() || command.outageDuration().isZero())) {
            throw InvalidCommandException.of("outageDuration", "must be positive: " + command.outageDuration());
        }
        return new ExpectedOutage(command.outage(), Optional.ofNullable(command.outageDuration()));
    }

    /** Each touched item's class code, as the CMDB has it. */
    private ImmutableMap<CiId, String> touchedClasses(RaiseChange command) {
        ImmutableMap.Builder<CiId, String> classes = ImmutableMap.builder();
        for (CiId ci : command.touchedCis()) {
            ConfigurationItem item = ports.cmdb().items().find(ci).orElseThrow(() -> new CiNotFoundException(ci));
            classes.put(ci, item.classCode());
        }
        return classes.buildOrThrow();
    }
}
