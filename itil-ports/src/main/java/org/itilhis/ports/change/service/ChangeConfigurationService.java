package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeConfigurationUseCase;
import org.itilhis.ports.change.in.ChangeWindowNotFoundException;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;

/**
 * Keeps the change configuration through the {@link CommandPipeline}: validate, authorise
 * ({@code MANAGE_CHANGE_CONFIGURATION}), check the items named exist in the CMDB, build the
 * core's value (which checks its own rules), store it and append one
 * {@link ChangeConfigurationEvent} (the value, the one it replaced, who and when), in one
 * transaction. A definition identical to the stored one is recorded too: someone stated it again.
 * A refused command (invalid, not permitted, an unknown item or member, a broken rule, an unknown
 * window to remove) stores nothing and records nothing.
 */
final class ChangeConfigurationService implements ChangeConfigurationUseCase {
    private final ChangePorts ports;
    private final ChangeSettings settings;
    private final AccessPolicy access;
    private final CommandPipeline pipeline;

    ChangeConfigurationService(ChangePorts ports, ChangeSettings settings, AccessPolicy access, Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
    }

    @Override
    public ChangeAdvisoryBoard defineBoard(ChangeConfigurationCommand.DefineBoard command) {
        return pipeline.run(command, () -> {
            authorise(command);
            command.members().keySet().forEach(member -> ports.desk().directory().member(member)
                    .orElseThrow(() -> InvalidCommandException.of("members",
                            "no staff member " + member)));
            ChangeAdvisoryBoard board = ChangeAdvisoryBoard.of(command.board(), command.name(), command.emergency(),
                    command.members());
            Optional<ChangeAdvisoryBoard> previous = ports.boards().find(board.id());
            ports.boards().save(board);
            return Outcome.of(board, List.of(new ChangeConfigurationEvent.BoardDefined(board, previous,
                    command.actor().staffId(), now())));
        });
    }

    @Override
    public ChangeTemplate defineTemplate(ChangeConfigurationCommand.DefineTemplate command) {
        return pipeline.run(command, () -> {
            authorise(command);
            command.cis().forEach(this::requireItem);
            ChangeTemplate template = new ChangeTemplate(command.code(), command.name(),
                    ImmutableSet.copyOf(command.ciClasses()), ImmutableSet.copyOf(command.cis()),
                    ImmutableList.copyOf(command.windows()), settings.zone(), command.risk());
            Optional<ChangeTemplate> previous = ports.templates().find(template.code());
            ports.templates().save(template);
            return Outcome.of(template, List.of(new ChangeConfigurationEvent.TemplateDefined(template, previous,
                    command.actor().staffId(), now())));
        });
    }

    @Override
    public ChangeWindow defineWindow(ChangeConfigurationCommand.DefineWindow command) {
        return pipeline.run(command, () -> {
            authorise(command);
            command.attachedTo().forEach(this::requireItem);
            ChangeWindow window = new ChangeWindow(command.window(), command.name(), command.kind(),
                    command.attachedTo(), command.timing(), settings.zone(),
                    Optional.ofNullable(command.effectiveFrom()), Optional.ofNullable(command.effectiveUntil()));
            Optional<ChangeWindow> previous = ports.windows().find(window.id());
            ports.windows().save(window);
            return Outcome.of(window, List.of(new ChangeConfigurationEvent.WindowDefined(window, previous,
                    command.actor().staffId(), now())));
        });
    }

    @Override
    public void removeWindow(ChangeConfigurationCommand.RemoveWindow command) {
        pipeline.run(command, () -> {
            authorise(command);
            Optional<ChangeWindow> removed = ports.windows().find(command.window());
            if (removed.isEmpty() || !ports.windows().remove(command.window())) {
                throw new ChangeWindowNotFoundException(command.window());
            }
            return Outcome.of(command.window(), List.of(new ChangeConfigurationEvent.WindowRemoved(removed.get(),
                    command.actor().staffId(), now())));
        });
    }

    private void authorise(ChangeConfigurationCommand command) {
        access.check(command.actor(), command.permission(),
                AccessContext.general(ports.desk().directory().groupsOf(command.actor().staffId())),
                "change configuration");
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }

    private void requireItem(CiId ci) {
        ports.cmdb().items().find(ci).orElseThrow(() -> new CiNotFoundException(ci));
    }
}
