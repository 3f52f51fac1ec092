package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;

/**
 * What the caller reported and where: the facts a ticket is raised with.
 *
 * @param caller     the person affected, who confirms the resolution
 * @param ciClass    the class of the affected configuration item when known (routing uses it)
 */
public record TicketDetails(
        String summary,
        String description,
        CategoryCode category,
        StaffId caller,
        DepartmentId department,
        Optional<LocationId> location,
        Optional<String> ciClass) {

    public TicketDetails {
        checkNotNull(summary, "summary");
        checkNotNull(description, "description");
        checkNotNull(category, "category");
        checkNotNull(caller, "caller");
        checkNotNull(department, "department");
        checkNotNull(location, "location");
        checkNotNull(ciClass, "ciClass");
        summary = summary.strip();
        description = description.strip();
        checkArgument(!summary.isEmpty(), "summary is blank");
        checkArgument(summary.length() <= 200, "summary is longer than 200 characters");
        checkArgument(description.length() <= 8000, "description is longer than 8000 characters");
    }
}
