package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.roster.DutyNotRosteredException;
import org.itilhis.core.roster.DutyRef;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapKind;
import org.itilhis.core.roster.SwapRequest;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.roster.in.RosterCommand;
import org.itilhis.ports.roster.in.RosterNotFoundException;
import org.itilhis.ports.roster.in.SwapNotFoundException;
import org.itilhis.ports.roster.in.SwapView;

/**
 * Duty swaps: an engineer asks to give their duty to another engineer of the group (for one
 * of theirs, or not); the group lead approves (the roster changes in the same transaction, or
 * neither does) or rejects; the engineer who asked may withdraw.
 */
final class SwapDecisions {
    private final RosterPorts ports;
    private final RosterAccess access;
    private final CommandPipeline pipeline;

    SwapDecisions(RosterPorts ports, RosterAccess access, RosterCalendars calendars, CommandPipeline pipeline) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        checkNotNull(calendars, "calendars");
        this.pipeline = checkNotNull(pipeline, "pipeline");
    }

    /** The roster, if the actor may see it. @throws RosterNotFoundException if not, or no such roster */
    static Roster visibleRoster(RosterPorts ports, RosterAccess access, Actor actor, RosterId id) {
        Roster roster = ports.rosters().find(id).orElseThrow(() -> new RosterNotFoundException(id));
        if (!access.permits(actor, Permission.VIEW_ROSTER, roster.group())) {
            throw new RosterNotFoundException(id);
        }
        return roster;
    }

    SwapView request(RosterCommand.RequestSwap command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            Roster roster = visibleRoster(ports, access, actor, command.roster());
            access.check(actor, Permission.REQUEST_SWAP, roster.group(), roster.id().toString());
            if (command.counterpart().equals(actor.staffId())) {
                throw InvalidCommandException.of("counterpart", "is the requester; a swap is with someone else");
            }
            access.checkMember("counterpart", command.counterpart(), roster.group());
            DutyRef duty = new DutyRef(actor.staffId(), command.shift().strip(), command.date());
            rostered(roster, duty);
            Optional<DutyRef> theirs = counterpartDuty(command);
            theirs.ifPresent(d -> rostered(roster, d));
            SwapRequest request = new SwapRequest(roster.id(), roster.group(), command.kind(), duty,
                    command.counterpart(), theirs, command.reason() == null ? "" : command.reason());
            Swap swap = Swap.request(ports.swaps().nextId(), request, now());
            ports.swaps().save(swap);
            return Outcome.of(SwapView.of(swap), swap.pullEvents());
        });
    }

    private static Optional<DutyRef> counterpartDuty(RosterCommand.RequestSwap command) {
        boolean exchange = command.kind() == SwapKind.EXCHANGE;
        boolean given = command.counterpartShift() != null && !command.counterpartShift().isBlank()
                && command.counterpartDate() != null;
        boolean partly = command.counterpartShift() != null || command.counterpartDate() != null;
        if (exchange && !given) {
            throw InvalidCommandException.of("counterpartShift",
                    "an exchange names the counterpart's duty given in return (shift and date)");
        }
        if (!exchange && partly) {
            throw InvalidCommandException.of("counterpartShift", "only an exchange names a duty given in return");
        }
        return exchange ? Optional.of(new DutyRef(command.counterpart(), command.counterpartShift().strip(),
                command.counterpartDate())) : Optional.empty();
    }

    private static RosterEntry rostered(Roster roster, DutyRef duty) {
        return roster.duties().stream().filter(d -> d.ref().equals(duty)).findFirst()
                .orElseThrow(() -> new DutyNotRosteredException(roster.period(), duty));
    }

    SwapView approve(RosterCommand.ApproveSwap command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            Swap swap = load(actor, command.swap(), Permission.DECIDE_SWAP, command.expectedVersion());
            SwapRequest request = swap.request();
            Roster roster = visibleRoster(ports, access, actor, request.roster());
            access.checkMember("counterpart", request.counterpart(), roster.group());
            Instant now = now();
            swap.approve(actor.staffId(), now);
            if (request.kind() == SwapKind.EXCHANGE) {
                DutyRef theirs = request.counterpartDuty().orElseThrow();
                RosterService.checkOtherRosters(ports, roster, rostered(roster, request.duty())
                        .heldBy(request.counterpart()));
                RosterService.checkOtherRosters(ports, roster, rostered(roster, theirs).heldBy(request.requester()));
                roster.exchange(request.duty(), theirs, swap.id(), actor.staffId(), now);
            } else {
                RosterService.checkOtherRosters(ports, roster, rostered(roster, request.duty())
                        .heldBy(request.counterpart()));
                roster.replace(request.duty(), request.counterpart(), Optional.of(swap.id()), actor.staffId(), now);
            }
            ports.rosters().save(roster);
            ports.swaps().save(swap);
            return Outcome.of(SwapView.of(swap), swap.pullEvents(), roster.pullEvents());
        });
    }

    SwapView reject(RosterCommand.RejectSwap command) {
        return pipeline.run(command, () -> {
            Swap swap = load(command.actor(), command.swap(), Permission.DECIDE_SWAP, command.expectedVersion());
            swap.reject(command.reason(), command.actor().staffId(), now());
            ports.swaps().save(swap);
            return Outcome.of(SwapView.of(swap), swap.pullEvents());
        });
    }

    SwapView withdraw(RosterCommand.WithdrawSwap command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            Swap swap = load(actor, command.swap(), Permission.REQUEST_SWAP, command.expectedVersion());
            if (!swap.request().requester().equals(actor.staffId())) {
                throw new NotPermittedException(actor.staffId(), Permission.REQUEST_SWAP, swap.id().toString());
            }
            swap.withdraw(actor.staffId(), now());
            ports.swaps().save(swap);
            return Outcome.of(SwapView.of(swap), swap.pullEvents());
        });
    }

    private Swap load(Actor actor, org.itilhis.core.roster.SwapId id, Permission permission, Long expectedVersion) {
        Swap swap = ports.swaps().find(id).orElseThrow(() -> new SwapNotFoundException(id));
        if (!access.permits(actor, Permission.VIEW_ROSTER, swap.request().group())) {
            throw new SwapNotFoundException(id);
        }
        access.check(actor, permission, swap.request().group(), id.toString());
        CommandPipeline.checkVersion("swap", id.toString(), expectedVersion, swap.version());
        return swap;
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
