package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.itilhis.core.access.Permission;
import org.itilhis.core.roster.DutyRef;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.OverlappingDutiesException;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.RosterPeriod;
import org.itilhis.core.roster.RotationPattern;
import org.itilhis.core.roster.Shift;
import org.itilhis.core.roster.ShiftsDefined;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.roster.in.HandoverView;
import org.itilhis.ports.roster.in.RosterCommand;
import org.itilhis.ports.roster.in.RosterNotFoundException;
import org.itilhis.ports.roster.in.RosterPeriodTakenException;
import org.itilhis.ports.roster.in.RosterUseCase;
import org.itilhis.ports.roster.in.RosterView;
import org.itilhis.ports.roster.in.ShiftsNotFoundException;
import org.itilhis.ports.roster.in.SwapView;

/**
 * Works the roster: shifts, generation and edits here; swaps ({@link SwapDecisions}) and
 * handovers ({@link HandoverDesk}) beside. Every command runs through the {@link
 * CommandPipeline}: validate, authorise in the group's scope, load, check the expected version,
 * decide, save; the pipeline appends the events.
 */
final class RosterService implements RosterUseCase {
    private final RosterPorts ports;
    private final RosterAccess access;
    private final RosterCalendars calendars;
    private final CommandPipeline pipeline;
    private final SwapDecisions swaps;
    private final HandoverDesk handovers;

    RosterService(RosterPorts ports, RosterSettings settings, RosterAccess access, Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.calendars = new RosterCalendars(ports.calendars());
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.swaps = new SwapDecisions(ports, access, calendars, pipeline);
        this.handovers = new HandoverDesk(ports, settings, access, pipeline);
    }

    @Override
    public GroupShifts defineShifts(RosterCommand.DefineShifts command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_SHIFTS, command.group(), command.group().toString());
            access.group(command.group());
            ZoneId zone = zone(command.zone());
            if (!calendars.exists(command.calendar().strip())) {
                throw RosterCalendars.unknown(command.calendar().strip());
            }
            List<Shift> shifts = new ArrayList<>();
            for (int i = 0; i < command.shifts().size(); i++) {
                shifts.add(shift("shifts[" + i + "]", command.shifts().get(i)));
            }
            Optional<GroupShifts> current = ports.shifts().find(command.group());
            CommandPipeline.checkVersion("shifts", command.group().toString(), command.expectedVersion(),
                    current.map(GroupShifts::version).orElse(0L));
            GroupShifts next = current.map(c -> c.redefined(zone, command.calendar(), shifts))
                    .orElseGet(() -> GroupShifts.of(command.group(), zone, command.calendar(), shifts));
            ports.shifts().save(next);
            return Outcome.of(next, List.of(new ShiftsDefined(next, actor.staffId(), now())));
        });
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw InvalidCommandException.of("zone", "is not a time zone: " + zone);
        }
    }

    private static Shift shift(String field, RosterCommand.ShiftDefinition d) {
        Duration response = d.responseTime();
        if (response != null && (response.isNegative() || response.isZero())) {
            throw InvalidCommandException.of(field + ".responseTime", "must be positive: " + response);
        }
        boolean nextDay = d.endsNextDay() != null ? d.endsNextDay() : !d.end().isAfter(d.start());
        return new Shift(d.code(), d.name(), Optional.ofNullable(d.englishName()), d.kind(), d.start(), d.end(),
                nextDay, d.days(), Optional.ofNullable(response));
    }

    @Override
    public RosterView generate(RosterCommand.GenerateRoster command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_ROSTER, command.group(), command.group().toString());
            GroupShifts shifts = ports.shifts().find(command.group())
                    .orElseThrow(() -> new ShiftsNotFoundException(command.group()));
            RosterPeriod period = period(command);
            RotationPattern pattern = pattern(command);
            for (StaffId engineer : pattern.engineers()) {
                access.checkMember("engineers", engineer, command.group());
            }
            List<Roster> taken = ports.rosters().ofGroup(command.group(), period.from(), period.to());
            if (!taken.isEmpty()) {
                throw new RosterPeriodTakenException(command.group(), taken.get(0).id(), taken.get(0).period(), period);
            }
            Roster roster = Roster.generate(ports.rosters().nextId(), shifts, calendars.of(shifts, period.from()),
                    period, pattern, actor.staffId(), now());
            for (RosterEntry duty : roster.duties()) {
                checkOtherRosters(roster, duty);
            }
            ports.rosters().save(roster);
            return Outcome.of(RosterView.of(roster), roster.pullEvents());
        });
    }

    private static RosterPeriod period(RosterCommand.GenerateRoster command) {
        if (command.to().isBefore(command.from())) {
            throw InvalidCommandException.of("to", "the period ends on " + command.to() + ", before it starts on "
                    + command.from());
        }
        if (ChronoUnit.DAYS.between(command.from(), command.to()) >= RosterPeriod.MAX_DAYS) {
            throw InvalidCommandException.of("to", "a roster covers at most " + RosterPeriod.MAX_DAYS + " days");
        }
        return RosterPeriod.of(command.from(), command.to());
    }

    private static RotationPattern pattern(RosterCommand.GenerateRoster command) {
        if (new HashSet<>(command.engineers()).size() != command.engineers().size()) {
            throw InvalidCommandException.of("engineers", "names someone twice: " + command.engineers());
        }
        Set<String> codes = new HashSet<>();
        for (String code : command.shifts()) {
            if (!codes.add(code.strip())) {
                throw InvalidCommandException.of("shifts", "names shift " + code + " twice");
            }
        }
        return RotationPattern.of(command.engineers(), command.shifts().stream().map(String::strip).toList());
    }

    @Override
    public RosterView assign(RosterCommand.AssignDuty command) {
        return edit(command, command.actor(), command.roster(), command.expectedVersion(), roster -> {
            access.checkMember("engineer", command.engineer(), roster.group());
            RosterEntry duty = calendars.entry(shifts(roster), command.engineer(), command.shift().strip(),
                    command.date());
            checkOtherRosters(roster, duty);
            roster.assign(duty, command.actor().staffId(), now());
        });
    }

    @Override
    public RosterView remove(RosterCommand.RemoveDuty command) {
        return edit(command, command.actor(), command.roster(), command.expectedVersion(), roster -> roster.remove(
                new DutyRef(command.engineer(), command.shift().strip(), command.date()), command.actor().staffId(),
                now()));
    }

    @Override
    public RosterView replace(RosterCommand.ReplaceDuty command) {
        return edit(command, command.actor(), command.roster(), command.expectedVersion(), roster -> {
            access.checkMember("by", command.by(), roster.group());
            DutyRef ref = new DutyRef(command.engineer(), command.shift().strip(), command.date());
            roster.duties().stream().filter(d -> d.ref().equals(ref)).findFirst()
                    .ifPresent(d -> checkOtherRosters(roster, d.heldBy(command.by())));
            roster.replace(ref, command.by(), Optional.empty(), command.actor().staffId(), now());
        });
    }

    private RosterView edit(Object command, Actor actor, RosterId id, Long expectedVersion, Consumer<Roster> change) {
        return pipeline.run(command, () -> {
            Roster roster = SwapDecisions.visibleRoster(ports, access, actor, id);
            access.check(actor, Permission.MANAGE_ROSTER, roster.group(), id.toString());
            CommandPipeline.checkVersion("roster", id.toString(), expectedVersion, roster.version());
            change.accept(roster);
            ports.rosters().save(roster);
            return Outcome.of(RosterView.of(roster), roster.pullEvents());
        });
    }

    private GroupShifts shifts(Roster roster) {
        return ports.shifts().find(roster.group()).orElseThrow(() -> new ShiftsNotFoundException(roster.group()));
    }

    /** @throws OverlappingDutiesException if {@code duty}'s engineer holds an overlapping duty on another roster */
    private void checkOtherRosters(Roster roster, RosterEntry duty) {
        checkOtherRosters(ports, roster, duty);
    }

    static void checkOtherRosters(RosterPorts ports, Roster roster, RosterEntry duty) {
        ImmutableList<RosterEntry> own = roster.duties();
        for (RosterEntry other : ports.rosters().dutiesOverlapping(Set.of(duty.engineer()), duty.duty().start(),
                duty.duty().end())) {
            if (!own.contains(other)) {
                throw new OverlappingDutiesException(duty.ref(), other.ref());
            }
        }
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }

    @Override
    public SwapView requestSwap(RosterCommand.RequestSwap command) {
        return swaps.request(command);
    }

    @Override
    public SwapView approveSwap(RosterCommand.ApproveSwap command) {
        return swaps.approve(command);
    }

    @Override
    public SwapView rejectSwap(RosterCommand.RejectSwap command) {
        return swaps.reject(command);
    }

    @Override
    public SwapView withdrawSwap(RosterCommand.WithdrawSwap command) {
        return swaps.withdraw(command);
    }

    @Override
    public HandoverView writeHandover(RosterCommand.WriteHandover command) {
        return handovers.write(command);
    }

    @Override
    public HandoverView signHandover(RosterCommand.SignHandover command) {
        return handovers.sign(command);
    }
}
