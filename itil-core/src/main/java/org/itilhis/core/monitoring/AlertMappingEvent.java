package org.itilhis.core.monitoring;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/** What happens to the alert mapping rules ({@code monitoring.mapping-rules-replaced}). */
public sealed interface AlertMappingEvent extends DomainEvent {
    @Override
    default String aggregateId() {
        return AlertMappings.AGGREGATE_ID;
    }

    @Override
    default String type() {
        return "monitoring.mapping-" + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** The rules replaced as a whole by {@code rules}, in the order they are tried. */
    record RulesReplaced(ImmutableList<AlertMappingRule> rules, StaffId actor, Instant occurredAt)
            implements AlertMappingEvent {
    }
}
