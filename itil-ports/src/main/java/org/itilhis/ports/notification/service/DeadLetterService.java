package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.Permission;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.notification.RelayEvent;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.notification.in.DeadLetterNotFoundException;
import org.itilhis.ports.notification.in.DeadLetterUseCase;
import org.itilhis.ports.notification.in.RelayCommand;

/**
 * Replays and skips dead letters through the command pipeline: validate, authorise ({@code
 * MANAGE_DEAD_LETTERS}), change the pending delivery, append the {@link RelayEvent} for the audit
 * trail, in one transaction.
 */
final class DeadLetterService implements DeadLetterUseCase {
    private final RelayPorts ports;
    private final RelayAccess access;
    private final CommandPipeline pipeline;

    DeadLetterService(RelayPorts ports, RelayAccess access, CommandPipeline pipeline) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.pipeline = checkNotNull(pipeline, "pipeline");
    }

    @Override
    public PendingDelivery replay(RelayCommand.ReplayDeadLetter command) {
        return pipeline.run(command, () -> {
            access.check(command.actor(), Permission.MANAGE_DEAD_LETTERS, command.subscriber());
            PendingDelivery dead = deadLetter(command.subscriber(), command.position());
            Instant now = now();
            PendingDelivery due = dead.dueNow(now);
            if (!ports.deliveries().replace(dead, due)) {
                throw new DeadLetterNotFoundException(command.subscriber(), command.position());
            }
            return Outcome.of(due, List.of(new RelayEvent.DeadLetterReplayed(command.subscriber(),
                    command.position(), command.actor().staffId(), now)));
        });
    }

    @Override
    public Optional<PendingDelivery> skip(RelayCommand.SkipDeadLetter command) {
        return pipeline.run(command, () -> {
            access.check(command.actor(), Permission.MANAGE_DEAD_LETTERS, command.subscriber());
            PendingDelivery dead = deadLetter(command.subscriber(), command.position());
            if (!ports.deliveries().remove(dead)) {
                throw new DeadLetterNotFoundException(command.subscriber(), command.position());
            }
            Instant now = now();
            Optional<PendingDelivery> released = ports.deliveries().nextHeld(dead.subscriber(), dead.orderingKey())
                    .map(held -> {
                        ports.deliveries().replace(held, held.dueNow(now));
                        return held.dueNow(now);
                    });
            return Outcome.of(released, List.of(new RelayEvent.DeadLetterSkipped(command.subscriber(),
                    command.position(), command.reason().strip(), command.actor().staffId(), now)));
        });
    }

    private PendingDelivery deadLetter(String subscriber, long position) {
        return ports.deliveries().find(subscriber, position)
                .filter(delivery -> delivery.state() == PendingDelivery.State.DEAD)
                .orElseThrow(() -> new DeadLetterNotFoundException(subscriber, position));
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
