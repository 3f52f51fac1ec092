package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.itilhis.core.access.Permission;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.operations.in.InspectionQueries;
import org.itilhis.ports.operations.in.InspectionRoundNotFoundException;
import org.itilhis.ports.operations.in.InspectionScheduleNotFoundException;
import org.itilhis.ports.operations.in.InspectionScheduleView;
import org.itilhis.ports.operations.in.InspectionTemplateNotFoundException;
import org.itilhis.ports.operations.in.InspectionTemplateView;
import org.itilhis.ports.operations.in.RoundCompletion;
import org.itilhis.ports.operations.in.RoundCompletion.EngineerRounds;
import org.itilhis.ports.operations.in.RoundCompletion.TemplateRounds;
import org.itilhis.ports.operations.in.RoundView;

/** Reads the inspection rounds, each answer in one transaction and limited to what the actor may see. */
final class InspectionQueryService implements InspectionQueries {
    /** The longest period one question of rounds covers. */
    static final Duration MAX_PERIOD = Duration.ofDays(400);

    private final InspectionPorts ports;
    private final InspectionAccess access;
    private final InspectionCalendars calendars;

    InspectionQueryService(InspectionPorts ports, InspectionAccess access) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.calendars = new InspectionCalendars(ports.calendars());
    }

    private <T> T read(Supplier<T> work) {
        return ports.desk().transactions().inTransaction(work);
    }

    @Override
    public List<InspectionTemplateView> templates(Actor actor, GroupId group) {
        access.check(actor, Permission.VIEW_INSPECTIONS, group, group.toString());
        return read(() -> ports.templates().ofGroup(group).stream().map(this::view).toList());
    }

    @Override
    public InspectionTemplateView template(Actor actor, String code, Optional<Long> version) {
        checkNotNull(code, "code");
        return read(() -> version.map(v -> ports.templates().find(code, v)).orElseGet(() -> ports.templates().latest(code))
                .filter(t -> access.mayView(actor, t.group())).map(this::view)
                .orElseThrow(() -> new InspectionTemplateNotFoundException(code + version.map(v -> " version " + v)
                        .orElse(""))));
    }

    private InspectionTemplateView view(ChecklistTemplate template) {
        return new InspectionTemplateView(template, ports.templates().versions(template.code()).stream()
                .map(ChecklistTemplate::version).toList());
    }

    @Override
    public List<InspectionScheduleView> schedules(Actor actor, GroupId group) {
        access.check(actor, Permission.VIEW_INSPECTIONS, group, group.toString());
        Instant now = now();
        return read(() -> ports.schedules().ofGroup(group).stream()
                .map(s -> InspectionScheduleView.of(s, calendars.nextDue(s, now))).toList());
    }

    @Override
    public InspectionScheduleView schedule(Actor actor, ScheduleId id) {
        checkNotNull(id, "id");
        Instant now = now();
        return read(() -> ports.schedules().find(id).filter(s -> access.mayView(actor, s.group()))
                .map(s -> InspectionScheduleView.of(s, calendars.nextDue(s, now)))
                .orElseThrow(() -> new InspectionScheduleNotFoundException(id)));
    }

    @Override
    public List<RoundView> rounds(Actor actor, GroupId group, Instant from, Instant to, Set<RoundStanding> standings) {
        checkNotNull(standings, "standings");
        Instant now = now();
        return roundsOf(actor, group, from, to).stream().map(r -> RoundView.of(r, now))
                .filter(v -> standings.isEmpty() || standings.contains(v.standing())).toList();
    }

    private List<InspectionRound> roundsOf(Actor actor, GroupId group, Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        access.check(actor, Permission.VIEW_INSPECTIONS, group, group.toString());
        if (!to.isAfter(from)) {
            throw InvalidCommandException.of("to", "the period ends at " + to + ", not after it starts at " + from);
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw InvalidCommandException.of("to", "a period covers at most " + MAX_PERIOD.toDays() + " days");
        }
        return read(() -> ports.rounds().ofGroup(group, from, to));
    }

    @Override
    public RoundView round(Actor actor, RoundId id) {
        checkNotNull(id, "id");
        Instant now = now();
        return read(() -> ports.rounds().find(id).filter(r -> access.mayView(actor, r.group()))
                .map(r -> RoundView.of(r, now)).orElseThrow(() -> new InspectionRoundNotFoundException(id)));
    }

    @Override
    public RoundCompletion completion(Actor actor, GroupId group, Instant from, Instant to) {
        Instant now = now();
        Map<StaffId, int[]> engineers = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        Map<String, int[]> templates = new TreeMap<>();
        for (InspectionRound round : roundsOf(actor, group, from, to)) {
            RoundStanding standing = RoundStanding.of(round, now);
            int[] byTemplate = templates.computeIfAbsent(round.template(), t -> new int[4]);
            switch (standing) {
                case ON_TIME, LATE -> {
                    int slot = standing == RoundStanding.ON_TIME ? 0 : 1;
                    byTemplate[slot]++;
                    engineers.computeIfAbsent(round.performedBy().orElseThrow(), e -> new int[2])[slot]++;
                }
                case MISSED -> byTemplate[2]++;
                case DUE, OVERDUE -> byTemplate[3]++;
            }
        }
        return new RoundCompletion(group, from, to,
                engineers.entrySet().stream().map(e -> new EngineerRounds(e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList(),
                templates.entrySet().stream().map(e -> new TemplateRounds(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3])).toList());
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
