package org.itilhis.ports.reporting.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.itilhis.core.shared.StaffId;

/**
 * Whose work on which day a fact counts: one engineer, in one group (the ticket's owning group
 * when the event happened; the agent's group for a contact), of the engineer's department and
 * for a caller of one department. Empty strings stand for no group or an unknown department.
 *
 * @param day the local date of the hospital's zone the event happened on
 */
public record FactSlice(LocalDate day, StaffId engineer, String group, String engineerDepartment,
                        String callerDepartment) {
    public FactSlice {
        checkNotNull(day, "day");
        checkNotNull(engineer, "engineer");
        checkNotNull(group, "group");
        checkNotNull(engineerDepartment, "engineerDepartment");
        checkNotNull(callerDepartment, "callerDepartment");
        checkArgument(group.length() <= 64 && engineerDepartment.length() <= 64 && callerDepartment.length() <= 64,
                "a key is longer than 64 characters");
    }
}
