package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.Change;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverItem;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.roster.in.HandoverNotFoundException;
import org.itilhis.ports.roster.in.HandoverView;
import org.itilhis.ports.roster.in.RosterCommand;
import org.itilhis.ports.servicedesk.in.TicketSearch;

/**
 * Shift handovers: written with the group's open tickets (its work queue) and its changes
 * scheduled in the next shift as they stand when written, and the writer's notes; then signed
 * by the outgoing and the incoming engineer, each their own part.
 */
final class HandoverDesk {
    /** At most this many open tickets are listed; a group with more has bigger problems than a handover. */
    static final int MAX_TICKETS = 200;

    private final RosterPorts ports;
    private final RosterSettings settings;
    private final RosterAccess access;
    private final CommandPipeline pipeline;

    HandoverDesk(RosterPorts ports, RosterSettings settings, RosterAccess access, CommandPipeline pipeline) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.pipeline = checkNotNull(pipeline, "pipeline");
    }

    HandoverView write(RosterCommand.WriteHandover command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            GroupId group = command.group();
            access.check(actor, Permission.WRITE_HANDOVER, group, group.toString());
            if (command.outgoing().equals(command.incoming())) {
                throw InvalidCommandException.of("incoming", "is the outgoing engineer; a handover is to someone else");
            }
            access.checkMember("outgoing", command.outgoing(), group);
            access.checkMember("incoming", command.incoming(), group);
            List<HandoverItem> items = new ArrayList<>(openTickets(group));
            items.addAll(scheduledChanges(group, command.incoming(), command.shiftChange()));
            command.notes().forEach(note -> items.add(HandoverItem.note(note)));
            Instant now = ports.desk().clock().instant();
            Handover handover = Handover.write(ports.handovers().nextId(), group, command.outgoing(),
                    command.incoming(), command.shiftChange(), items, actor.staffId(), now);
            ports.handovers().save(handover);
            return Outcome.of(HandoverView.of(handover, handover.overdue(settings.handoverGrace(), now)),
                    handover.pullEvents());
        });
    }

    private List<HandoverItem> openTickets(GroupId group) {
        List<HandoverItem> items = new ArrayList<>();
        for (Ticket ticket : ports.desk().tickets().search(TicketSearch.queueOf(List.of(group), MAX_TICKETS))) {
            items.add(HandoverItem.ticket(ticket.number().toString(), ticket.details().summary()));
        }
        return items;
    }

    /** The group's changes scheduled in the incoming engineer's shift (or the next hours), by window start. */
    private List<HandoverItem> scheduledChanges(GroupId group, StaffId incoming, Instant shiftChange) {
        Instant end = ports.rosters().dutiesOverlapping(Set.of(incoming), shiftChange, shiftChange.plusSeconds(1))
                .stream().map(RosterEntry::duty).filter(d -> d.group().equals(group) && d.start().equals(shiftChange))
                .map(d -> d.end()).findFirst().orElse(shiftChange.plus(settings.nextShift()));
        return ports.changes().scheduledOverlapping(shiftChange, end).stream()
                .filter(c -> c.request().group().equals(group))
                .sorted(Comparator.comparing((Change c) -> c.request().window().start()).thenComparing(c -> c.number().toString()))
                .map(c -> HandoverItem.change(c.number().toString(), c.details().summary())).toList();
    }

    HandoverView sign(RosterCommand.SignHandover command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            Handover handover = ports.handovers().find(command.handover())
                    .orElseThrow(() -> new HandoverNotFoundException(command.handover()));
            if (!access.permits(actor, Permission.VIEW_HANDOVER, handover.group())) {
                throw new HandoverNotFoundException(command.handover());
            }
            access.check(actor, Permission.SIGN_HANDOVER, handover.group(), handover.id().toString());
            CommandPipeline.checkVersion("handover", handover.id().toString(), command.expectedVersion(),
                    handover.version());
            Instant now = ports.desk().clock().instant();
            handover.sign(command.party(), actor.staffId(), now);
            ports.handovers().save(handover);
            return Outcome.of(HandoverView.of(handover, handover.overdue(settings.handoverGrace(), now)),
                    handover.pullEvents());
        });
    }
}
