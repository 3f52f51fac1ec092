package org.itilhis.core.availability;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/** What happens to a business service's availability target: set, and set again. Named {@code availability.target-*}. */
public sealed interface ServiceTargetEvent extends DomainEvent {
    CiId service();

    @Override
    default String aggregateId() {
        return service().toString();
    }

    @Override
    default String type() {
        return "availability." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** The service's target is {@code target}, measured in the calendar of the catalogue's {@code catalogueService}. */
    record TargetSet(CiId service, String catalogueService, AvailabilityTarget target, StaffId actor,
                     Instant occurredAt) implements ServiceTargetEvent {
    }
}
