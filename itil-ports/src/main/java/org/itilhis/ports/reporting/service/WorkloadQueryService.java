package org.itilhis.ports.reporting.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workload.ReportPeriod;
import org.itilhis.core.workload.SplitRules;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.reporting.in.WorkloadQueries;
import org.itilhis.ports.reporting.in.WorkloadReport;
import org.itilhis.ports.reporting.in.WorkloadReport.SplitRulesView;
import org.itilhis.ports.reporting.in.WorkloadRequest;
import org.itilhis.ports.reporting.in.WorkloadRow;
import org.itilhis.ports.reporting.out.FactFilter;
import org.itilhis.ports.reporting.out.IntervalFact;
import org.itilhis.ports.reporting.out.WorkloadFacts.Dimension;

/**
 * The workload report: catches the projection up, sums the period's facts in the store (one
 * GROUP BY per view), splits the period's worked intervals against the roster's duties and adds
 * the duty time, all within the actor's scope of {@link Permission#VIEW_WORKLOAD}.
 */
final class WorkloadQueryService implements WorkloadQueries {
    private final ReportingPorts ports;
    private final SplitRules rules;
    private final AccessPolicy access;
    private final Validator validator;
    private final WorkloadProjection projection;

    WorkloadQueryService(ReportingPorts ports, SplitRules rules, AccessPolicy access, Validator validator,
                         WorkloadProjection projection) {
        this.ports = checkNotNull(ports, "ports");
        this.rules = checkNotNull(rules, "rules");
        this.access = checkNotNull(access, "access");
        this.validator = checkNotNull(validator, "validator");
        this.projection = checkNotNull(projection, "projection");
    }

    @Override
    public WorkloadReport report(Actor actor, WorkloadRequest request) {
        validate(request);
        ReportPeriod period = request.period();
        Scope scope = widestScope(checkNotNull(actor, "actor"));
        FactFilter filter = filter(actor, scope, period);
        long asOf = projection.run().position();
        Tally tally = new Tally(period, rules.zone());
        tx(() -> {
            ports.facts().sumsByEveryDimension(filter).forEach((by, sums) -> sums
                    .forEach(sum -> tally.counts(by, sum.key(), sum.counts())));
            return null;
        });
        splitAndDuties(actor, scope, filter, period, tally);
        WorkloadReport report = tally.report(period, scope, asOf, splitRulesView());
        recordReads(actor, report);
        return report;
    }

    private void validate(WorkloadRequest request) {
        if (request == null) {
            throw InvalidCommandException.of("request", "must not be null");
        }
        Set<ConstraintViolation<WorkloadRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations.stream()
                    .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessageTemplate(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field)).toList());
        }
    }

    /** ANY over GROUP over OWN. */
    private Scope widestScope(Actor actor) {
        Set<Scope> scopes = access.scopes(actor, Permission.VIEW_WORKLOAD);
        if (scopes.isEmpty()) {
            throw new NotPermittedException(actor.staffId(), Permission.VIEW_WORKLOAD, "workload report");
        }
        return scopes.contains(Scope.ANY) ? Scope.ANY : scopes.contains(Scope.GROUP) ? Scope.GROUP : Scope.OWN;
    }

    private FactFilter filter(Actor actor, Scope scope, ReportPeriod period) {
        FactFilter all = FactFilter.all(period.from(), period.to());
        return switch (scope) {
            case ANY -> all;
            case GROUP -> all.ofGroups(ports.desk().directory().groupsOf(actor.staffId()).stream()
                    .map(GroupId::value).toList());
            case OWN -> all.ofEngineer(actor.staffId());
        };
    }

    /**
     * Splits the intervals the filter matches against each engineer's duties (all of them, for
     * whichever group: a duty makes time normal), and adds the duty time of the duties in scope.
     * An interval in one of a lead's groups may be of an engineer from another group: their
     * duties are read too.
     */
    private void splitAndDuties(Actor actor, Scope scope, FactFilter filter, ReportPeriod period, Tally tally) {
        ZoneId zone = rules.zone();
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant end = period.to().atStartOfDay(zone).toInstant();
        List<IntervalFact> intervals = new ArrayList<>();
        tx(() -> {
            ports.facts().forEachInterval(filter, intervals::add);
            return null;
        });
        Set<StaffId> engineers = new HashSet<>();
        switch (scope) {
            case ANY -> { } // everyone's
            case OWN -> engineers.add(actor.staffId());
            case GROUP -> {
                engineers.addAll(members(filter));
                intervals.forEach(i -> engineers.add(i.slice().engineer()));
            }
        }
        if (scope == Scope.GROUP && engineers.isEmpty()) {
            return;
        }
        // an entry reported on the period's first day may start up to a day before it
        List<Duty> duties = ports.duties().overlapping(engineers, start.minus(Duration.ofDays(1)), end);
        Map<StaffId, List<Duty>> byEngineer = new HashMap<>();
        duties.forEach(d -> byEngineer.computeIfAbsent(d.engineer(), e -> new ArrayList<>()).add(d));
        ImmutableSet<LocalDate> holidays = rules.holidays();
        for (IntervalFact i : intervals) {
            tally.split(i.slice(),
                    rules.split(i.interval(), byEngineer.getOrDefault(i.slice().engineer(), List.of()), holidays));
        }
        Map<StaffId, String> departments = new HashMap<>();
        for (Duty duty : duties) {
            boolean inScope = switch (scope) {
                case ANY -> true;
                case OWN -> duty.engineer().equals(actor.staffId());
                case GROUP -> filter.groups().orElseThrow().contains(duty.group().value());
            };
            if (inScope && duty.overlaps(start, end)) {
                String department = departments.computeIfAbsent(duty.engineer(), e -> ports.desk().directory()
                        .member(e).map(m -> m.department().value()).orElse(""));
                tally.duty(duty, department, start, end);
            }
        }
    }

    private Set<StaffId> members(FactFilter filter) {
        Set<StaffId> members = new HashSet<>();
        filter.groups().orElseThrow().forEach(g -> ports.desk().directory().group(GroupId.of(g))
                .ifPresent(group -> members.addAll(group.members())));
        return members;
    }

    private SplitRulesView splitRulesView() {
        return new SplitRulesView(rules.calendar().name(), rules.zone(), rules.normalShifts(),
                rules.explanation(Locale.ENGLISH), rules.explanation(Locale.SIMPLIFIED_CHINESE));
    }

    /** Each engineer shown (not the row of no one's work), as a read of their personal data, in a short transaction of its own. */
    private void recordReads(Actor actor, WorkloadReport report) {
        Instant at = ports.desk().clock().instant();
        List<PersonalDataRead> reads = report.engineers().stream()
                .filter(row -> !row.key().equals(WorkloadRow.NONE))
                .map(row -> PersonalDataRead.of(at, actor, PersonalDataRead.RecordKind.STAFF, row.key(), PersonalDataRead.WORKLOAD))
                .toList();
        if (!reads.isEmpty()) {
            tx(() -> {
                ports.desk().reads().record(reads);
                return null;
            });
        }
    }

    private <T> T tx(Supplier<T> work) {
        return ports.desk().transactions().inTransaction(work);
    }
}
