package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.itilhis.core.shared.StaffId;

/**
 * One duty of a roster: the {@link Duty} with the date its shift starts on and whether that
 * date is a statutory holiday (a holiday duty, whatever the shift's kind, for the fairness
 * counts).
 */
public record RosterEntry(LocalDate date, boolean holiday, Duty duty) {
    public RosterEntry {
        checkNotNull(date, "date");
        checkNotNull(duty, "duty");
    }

    public StaffId engineer() {
        return duty.engineer();
    }

    public String shift() {
        return duty.shift();
    }

    public DutyRef ref() {
        return new DutyRef(duty.engineer(), duty.shift(), date);
    }

    /** Whether this duty counts as a night duty. */
    public boolean night() {
        return duty.kind() == ShiftKind.NIGHT;
    }

    /** The same duty held by {@code other}. */
    public RosterEntry heldBy(StaffId other) {
        checkNotNull(other, "other");
        return new RosterEntry(date, holiday, new Duty(other, duty.group(), duty.shift(), duty.kind(), duty.start(),
                duty.end()));
    }

    /** Whether this duty and {@code other} share an instant. */
    public boolean overlaps(RosterEntry other) {
        checkArgument(other != null, "other");
        return duty.overlaps(other.duty.start(), other.duty.end());
    }
}
