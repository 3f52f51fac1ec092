package org.itilhis.core.sla;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What service level management records: escalations of a ticket's clocks, and changes to
 * the service catalogue and the business calendars (who changed them, when).
 */
public sealed interface SlaEvent extends DomainEvent
        permits ThresholdCrossed, SlaEvent.CatalogueChanged, SlaEvent.CalendarVersionAdded {
    /** The aggregate id under which catalogue changes are logged. */
    String CATALOGUE = "sla-catalogue";

    @Override
    default String type() {
        return "sla." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** The service catalogue (services, SLAs, category rules, calendars by criticality) was saved as {@code version}. */
    record CatalogueChanged(long version, String reason, StaffId actor,
                            Instant occurredAt) implements SlaEvent {
        @Override
        public String aggregateId() {
            return CATALOGUE;
        }
    }

    /** A new version of calendar {@code calendar} takes effect from {@code effectiveFrom}. */
    record CalendarVersionAdded(String calendar, Instant effectiveFrom, String reason,
                                StaffId actor, Instant occurredAt) implements SlaEvent {
        @Override
        public String aggregateId() {
            return "calendar:" + calendar;
        }
    }
}
