package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.itilhis.core.shared.StaffId;

/**
 * A duty as people name it on a roster: who, which shift, the date the shift starts on.
 *
 * @param date the local date, in the group's zone, the shift starts on
 */
public record DutyRef(StaffId engineer, String shift, LocalDate date) {
    public DutyRef {
        checkNotNull(engineer, "engineer");
        checkNotNull(shift, "shift");
        checkNotNull(date, "date");
    }

    @Override
    public String toString() {
        return engineer + " " + shift + " " + date;
    }
}
