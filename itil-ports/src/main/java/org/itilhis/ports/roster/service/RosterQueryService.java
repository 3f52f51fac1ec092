package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.roster.in.HandoverNotFoundException;
import org.itilhis.ports.roster.in.HandoverView;
import org.itilhis.ports.roster.in.OnCallView;
import org.itilhis.ports.roster.in.RosterQueries;
import org.itilhis.ports.roster.in.RosterView;
import org.itilhis.ports.roster.in.ShiftsNotFoundException;
import org.itilhis.ports.roster.in.SwapNotFoundException;
import org.itilhis.ports.roster.in.SwapView;

/** Answers {@link RosterQueries} from the stores, each answer limited to what the actor may see. */
final class RosterQueryService implements RosterQueries {
    private final RosterPorts ports;
    private final RosterSettings settings;
    private final RosterAccess access;
    private final OnCallChain onCall;

    RosterQueryService(RosterPorts ports, RosterSettings settings, RosterAccess access, OnCallChain onCall) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.onCall = checkNotNull(onCall, "onCall");
    }

    @Override
    public GroupShifts shifts(Actor actor, GroupId group) {
        checkView(actor, Permission.VIEW_ROSTER, group);
        return tx(() -> ports.shifts().find(group)).orElseThrow(() -> new ShiftsNotFoundException(group));
    }

    @Override
    public RosterView roster(Actor actor, RosterId id) {
        return tx(() -> RosterView.of(SwapDecisions.visibleRoster(ports, access, checkNotNull(actor, "actor"), id)));
    }

    @Override
    public List<RosterView> rosters(Actor actor, GroupId group, LocalDate from, LocalDate to) {
        checkArgument(!to.isBefore(from), "to %s is before from %s", to, from);
        checkView(actor, Permission.VIEW_ROSTER, group);
        return tx(() -> ports.rosters().ofGroup(group, from, to).stream().map(RosterView::of).toList());
    }

    @Override
    public List<Duty> dutiesOf(Actor actor, StaffId engineer, Instant from, Instant to) {
        checkNotNull(actor, "actor");
        checkArgument(to.isAfter(from), "to %s is not after from %s", to, from);
        boolean own = actor.staffId().equals(engineer);
        return tx(() -> onCall.overlapping(Set.of(engineer), from, to)).stream()
                .filter(d -> own || access.permits(actor, Permission.VIEW_ROSTER, d.group())).toList();
    }

    @Override
    public Optional<OnCallView> onCallNow(Actor actor, GroupId group) {
        checkView(actor, Permission.VIEW_ROSTER, group);
        return tx(() -> onCall.onCall(group, ports.desk().clock().instant())).map(d -> new OnCallView(d.group(),
                d.chain(), d.responseTime(), d.until()));
    }

    @Override
    public SwapView swap(Actor actor, SwapId id) {
        return tx(() -> ports.swaps().find(id)
                .filter(s -> access.permits(actor, Permission.VIEW_ROSTER, s.request().group()))
                .map(SwapView::of).orElseThrow(() -> new SwapNotFoundException(id)));
    }

    @Override
    public List<SwapView> swaps(Actor actor, GroupId group) {
        checkView(actor, Permission.VIEW_ROSTER, group);
        return tx(() -> ports.swaps().ofGroup(group).stream().map(SwapView::of).toList());
    }

    @Override
    public HandoverView handover(Actor actor, HandoverId id) {
        Instant now = ports.desk().clock().instant();
        return tx(() -> ports.handovers().find(id)
                .filter(h -> access.permits(actor, Permission.VIEW_HANDOVER, h.group()))
                .map(h -> view(h, now)).orElseThrow(() -> new HandoverNotFoundException(id)));
    }

    @Override
    public List<HandoverView> handovers(Actor actor, GroupId group, Instant from, Instant to) {
        checkArgument(to.isAfter(from), "to %s is not after from %s", to, from);
        checkView(actor, Permission.VIEW_HANDOVER, group);
        Instant now = ports.desk().clock().instant();
        return tx(() -> ports.handovers().ofGroup(group, from, to).stream().map(h -> view(h, now)).toList());
    }

    @Override
    public List<HandoverView> unsignedHandovers(Actor actor) {
        checkNotNull(actor, "actor");
        Set<Scope> scopes = access.policy().scopes(actor, Permission.VIEW_HANDOVER);
        if (scopes.isEmpty()) {
            throw new NotPermittedException(actor.staffId(), Permission.VIEW_HANDOVER, "handovers");
        }
        ImmutableSet<GroupId> groups = access.directory().groupsOf(actor.staffId());
        Instant now = ports.desk().clock().instant();
        return tx(() -> ports.handovers().unsignedChangedBefore(now.minus(settings.handoverGrace()))).stream()
                .filter(h -> scopes.contains(Scope.ANY) || groups.contains(h.group()))
                .filter(h -> access.permits(actor, Permission.VIEW_HANDOVER, h.group()))
                .sorted(Comparator.comparing(Handover::shiftChange)).map(h -> view(h, now)).toList();
    }

    private HandoverView view(Handover handover, Instant now) {
        return HandoverView.of(handover, handover.overdue(settings.handoverGrace(), now));
    }

    private void checkView(Actor actor, Permission permission, GroupId group) {
        checkNotNull(actor, "actor");
        checkNotNull(group, "group");
        if (!access.permits(actor, permission, group)) {
            throw new NotPermittedException(actor.staffId(), permission, group.toString());
        }
    }

    private <T> T tx(java.util.function.Supplier<T> read) {
        return ports.desk().transactions().inTransaction(read);
    }
}
