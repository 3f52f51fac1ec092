package org.itilhis.core.inspection;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * What happens to an inspection round: it falls due (made by its schedule), is recorded (who
 * performed it and when, on time or late, which items failed and the incidents they went to), or
 * is missed (the lead told). The workload figures count the recorded rounds per engineer.
 */
public sealed interface RoundEvent extends DomainEvent {
    RoundId roundId();

    @Override
    default String aggregateId() {
        return roundId().toString();
    }

    @Override
    default String type() {
        return "inspection-round." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Made by schedule {@code schedule} from {@code template} version {@code templateVersion}: may be recorded until {@code closes}. */
    record Due(RoundId roundId, GroupId group, ScheduleId schedule, String template, long templateVersion, Instant due,
               Instant closes, StaffId actor, Instant occurredAt) implements RoundEvent {
    }

    /** Performed by {@code performedBy} at {@code performedAt}, entered by {@code actor}. */
    record Recorded(RoundId roundId, GroupId group, ScheduleId schedule, String template, long templateVersion,
                    Instant due, StaffId performedBy, Instant performedAt, boolean late, List<String> failedItems,
                    List<String> incidents, StaffId actor, Instant occurredAt) implements RoundEvent {
        public Recorded {
            failedItems = List.copyOf(failedItems);
            incidents = List.copyOf(incidents);
        }
    }

    /** Not recorded by {@code closes}: {@code lead} told (actor: the system). */
    record Missed(RoundId roundId, GroupId group, ScheduleId schedule, String template, Instant due, Instant closes,
                  Optional<StaffId> lead, StaffId actor, Instant occurredAt) implements RoundEvent {
    }
}
