package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * One round of an inspection schedule, due at an instant, made from the template version current
 * when it fell due. It may be recorded once, from its due time minus the schedule's grace to its
 * due time plus the grace ({@link #closes()}), with one result per item of that version: on time
 * up to the due time, late after. Not recorded by then, it is missed, and the group lead is told once.
 */
public final class InspectionRound {
    private final RoundId id;
    private final GroupId group;
    private final ScheduleId schedule;
    private final String template;
    private final long templateVersion;
    private final Instant due;
    private final Instant closes;
    private RoundStatus status = RoundStatus.DUE;
    private Optional<StaffId> performedBy = Optional.empty();
    private Optional<Instant> performedAt = Optional.empty();
    private Optional<StaffId> recordedBy = Optional.empty();
    private Optional<Instant> recordedAt = Optional.empty();
    private ImmutableList<ItemResult> results = ImmutableList.of();
    private Optional<Instant> missedAt = Optional.empty();
    private Optional<StaffId> lead = Optional.empty();
    private final AggregateEvents<RoundEvent> events = new AggregateEvents<>();

    private InspectionRound(RoundId id, GroupId group, ScheduleId schedule, String template, long templateVersion,
                            Instant due, Instant closes) {
        this.id = checkNotNull(id, "id");
        this.group = checkNotNull(group, "group");
        this.schedule = checkNotNull(schedule, "schedule");
        this.template = checkNotNull(template, "template");
        this.templateVersion = templateVersion;
        this.due = checkNotNull(due, "due");
        this.closes = checkNotNull(closes, "closes");
        checkArgument(!closes.isBefore(due), "round %s closes at %s, before it is due at %s", id, closes, due);
    }

    /** The round of {@code schedule} due at {@code due}, of {@code template}'s version, made by {@code actor} (the system). */
    public static InspectionRound fallDue(RoundId id, ScheduleSnapshot schedule, ChecklistTemplate template, Instant due,
                                          StaffId actor, Instant at) {
        checkArgument(template.code().equals(schedule.template()), "schedule %s is of template %s, not %s",
                schedule.id(), schedule.template(), template.code());
        InspectionRound round = new InspectionRound(id, schedule.group(), schedule.id(), template.code(),
                template.version(), due, due.plus(schedule.grace()));
        round.events.created(new RoundEvent.Due(id, round.group, round.schedule, round.template, round.templateVersion,
                due, round.closes, actor, at));
        return round;
    }

    public static InspectionRound restore(RoundSnapshot s) {
        InspectionRound round = new InspectionRound(s.id(), s.group(), s.schedule(), s.template(), s.templateVersion(),
                s.due(), s.closes());
        round.status = s.status();
        round.performedBy = s.performedBy();
        round.performedAt = s.performedAt();
        round.recordedBy = s.recordedBy();
        round.recordedAt = s.recordedAt();
        round.results = s.results();
        round.missedAt = s.missedAt();
        round.lead = s.lead();
        round.events.restoredAt(s.version());
        return round;
    }

    /**
     * The results {@code answers} make of {@code template} (this round's version), performed at
     * {@code performedAt}; nothing changes.
     *
     * @param version the template version the answers were given for
     * @throws RoundNotRecordableException if the round is recorded or missed already, or {@code
     *         performedAt} is in the future or outside the round's window
     * @throws InvalidResultException if {@code version} is not this round's, or an answer does not fit
     */
    public ImmutableList<ItemResult> evaluate(ChecklistTemplate template, long version, List<ItemAnswer> answers,
                                              Instant performedAt, Instant now) {
        checkArgument(template.code().equals(this.template) && template.version() == templateVersion,
                "round %s is of %s version %s, not %s version %s", id, this.template, templateVersion,
                template.code(), template.version());
        checkRecordable(performedAt, now);
        if (version != templateVersion) {
            throw InvalidResultException.otherVersion(id, this.template, version, templateVersion);
        }
        return template.evaluate(answers);
    }

    private void checkRecordable(Instant performedAt, Instant now) {
        if (status == RoundStatus.RECORDED) {
            throw RoundNotRecordableException.alreadyRecorded(id, performedBy.orElseThrow(), performedAt().orElseThrow());
        }
        if (status == RoundStatus.MISSED) {
            throw RoundNotRecordableException.missed(id, due, closes);
        }
        if (performedAt.isAfter(now)) {
            throw RoundNotRecordableException.inFuture(id, performedAt, now);
        }
        if (performedAt.isBefore(opens()) || performedAt.isAfter(closes)) {
            throw RoundNotRecordableException.outsideWindow(id, performedAt, opens(), closes);
        }
    }

    /**
     * Records the round: performed by {@code by} at {@code performedAt}, with {@code results} as
     * {@link #evaluate} made them and each failed one linked to its incident.
     *
     * @throws RoundNotRecordableException as {@link #evaluate} does
     */
    public void record(ChecklistTemplate template, StaffId by, Instant performedAt, List<ItemResult> results,
                       StaffId actor, Instant now) {
        checkRecordable(performedAt, now);
        checkArgument(template.code().equals(this.template) && template.version() == templateVersion
                && template.matches(results), "results %s are not those of %s version %s", results, this.template,
                templateVersion);
        checkArgument(results.stream().allMatch(r -> !r.failed() || r.incident().isPresent()),
                "a failed item of round %s has no incident", id);
        ImmutableList<ItemResult> recorded = ImmutableList.copyOf(results);
        boolean late = performedAt.isAfter(due);
        events.recorded(new RoundEvent.Recorded(id, group, schedule, this.template, templateVersion, due, by,
                performedAt, late, recorded.stream().filter(ItemResult::failed).map(ItemResult::item).toList(),
                recorded.stream().flatMap(r -> r.incident().stream()).distinct().toList(), actor, now), e -> {
                    status = RoundStatus.RECORDED;
                    performedBy = Optional.of(by);
                    this.performedAt = Optional.of(performedAt);
                    recordedBy = Optional.of(actor);
                    recordedAt = Optional.of(now);
                    this.results = recorded;
                });
    }

    /** Whether, at {@code now}, it is not recorded though its grace has passed (and it is not flagged yet). */
    public boolean overdue(Instant now) {
        return status == RoundStatus.DUE && now.isAfter(closes);
    }

    /** Flags the round missed, {@code lead} (the group's lead, if it has one) told; once, and only after its grace. */
    public void miss(Optional<StaffId> lead, StaffId actor, Instant now) {
        checkNotNull(lead, "lead");
        checkState(status == RoundStatus.DUE, "round %s is %s", id, status);
        checkState(now.isAfter(closes), "round %s may be recorded until %s", id, closes);
        events.recorded(new RoundEvent.Missed(id, group, schedule, template, due, closes, lead, actor, now), e -> {
            status = RoundStatus.MISSED;
            missedAt = Optional.of(now);
            this.lead = lead;
        });
    }

    /** The earliest a round may be performed: its due time minus the grace. */
    public Instant opens() {
        return due.minus(Duration.between(due, closes));
    }

    public RoundSlot slot() {
        return new RoundSlot(schedule, due);
    }

    public RoundId id() {
        return id;
    }

    public GroupId group() {
        return group;
    }

    public ScheduleId schedule() {
        return schedule;
    }

    public String template() {
        return template;
    }

    public long templateVersion() {
        return templateVersion;
    }

    public Instant due() {
        return due;
    }

    /** The latest a round may be performed; not recorded by then, it is missed. */
    public Instant closes() {
        return closes;
    }

    public RoundStatus status() {
        return status;
    }

    public Optional<StaffId> performedBy() {
        return performedBy;
    }

    public Optional<Instant> performedAt() {
        return performedAt;
    }

    public ImmutableList<ItemResult> results() {
        return results;
    }

    public Optional<Instant> missedAt() {
        return missedAt;
    }

    public long version() {
        return events.version();
    }

    public List<RoundEvent> pendingEvents() {
        return events.pending();
    }

    public List<RoundEvent> pullEvents() {
        return events.pull();
    }

    public RoundSnapshot snapshot() {
        return new RoundSnapshot(id, group, schedule, template, templateVersion, due, closes, status, performedBy,
                performedAt, recordedBy, recordedAt, results, missedAt, lead, version());
    }
}
