package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * An inspection round as stored: what {@link InspectionRound#restore} rebuilds it from.
 *
 * @param performedBy who did the round; {@code recordedBy} who entered it (mostly the same)
 * @param lead        the group lead told when it was missed
 */
public record RoundSnapshot(RoundId id, GroupId group, ScheduleId schedule, String template, long templateVersion,
                            Instant due, Instant closes, RoundStatus status, Optional<StaffId> performedBy,
                            Optional<Instant> performedAt, Optional<StaffId> recordedBy, Optional<Instant> recordedAt,
                            ImmutableList<ItemResult> results, Optional<Instant> missedAt, Optional<StaffId> lead,
                            long version) {
    public RoundSnapshot {
        checkNotNull(id, "id");
        checkNotNull(group, "group");
        checkNotNull(schedule, "schedule");
        checkNotNull(template, "template");
        checkNotNull(due, "due");
        checkNotNull(closes, "closes");
        checkNotNull(status, "status");
        checkNotNull(performedBy, "performedBy");
        checkNotNull(performedAt, "performedAt");
        checkNotNull(recordedBy, "recordedBy");
        checkNotNull(recordedAt, "recordedAt");
        checkNotNull(results, "results");
        checkNotNull(missedAt, "missedAt");
        checkNotNull(lead, "lead");
        checkArgument(version >= 1, "version %s is below 1", version);
    }

    public RoundSlot slot() {
        return new RoundSlot(schedule, due);
    }
}
