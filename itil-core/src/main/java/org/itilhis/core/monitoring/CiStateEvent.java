package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What monitoring observed of a configuration item's running state, in the event log so that
 * the notification relay can tell people ({@code monitoring.ci-state-changed}). Kept apart from
 * the item's own events ({@link org.itilhis.core.cmdb.CiEvent}): the item's record is the CMDB's,
 * its running state is what the alerts last said, and the two histories are read separately.
 */
public sealed interface CiStateEvent extends DomainEvent {
    /** The prefix of every observed state's aggregate id: {@code ci-state:<item id>}. */
    String AGGREGATE_PREFIX = "ci-state:";

    CiId ci();

    @Override
    default String aggregateId() {
        return AGGREGATE_PREFIX + ci();
    }

    @Override
    default String type() {
        return "monitoring." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /**
     * The item went from {@code from} to {@code to} at {@code since} (the time the alert says)
     * because of the alert {@code reference} ({@code alert 5521 prometheus-core HostDown}); the
     * library learned it at {@code occurredAt}.
     */
    record CiStateChanged(CiId ci, OperationalState from, OperationalState to, Instant since, String reference,
                          StaffId actor, Instant occurredAt) implements CiStateEvent {
        public CiStateChanged {
            checkNotNull(ci, "ci");
            checkNotNull(from, "from");
            checkNotNull(to, "to");
            checkNotNull(since, "since");
            checkNotNull(reference, "reference");
            checkNotNull(actor, "actor");
            checkNotNull(occurredAt, "occurredAt");
            checkArgument(from != to, "the state of %s did not change from %s", ci, from);
        }
    }
}
