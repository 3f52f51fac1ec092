package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import org.itilhis.core.shared.StaffId;

/**
 * How a roster is generated: the group's engineers in the order they take turns, and the
 * shifts (by code) that rotate among them; other shifts of the group are left for the lead to
 * fill by hand.
 */
public record RotationPattern(ImmutableList<StaffId> engineers, ImmutableList<String> shifts) {
    public RotationPattern {
        checkNotNull(engineers, "engineers");
        checkNotNull(shifts, "shifts");
        checkArgument(!engineers.isEmpty(), "a rotation needs engineers");
        checkArgument(!shifts.isEmpty(), "a rotation needs shifts");
        checkArgument(new HashSet<>(engineers).size() == engineers.size(), "rotation %s names someone twice", engineers);
        checkArgument(new HashSet<>(shifts).size() == shifts.size(), "rotation %s names a shift twice", shifts);
    }

    public static RotationPattern of(Iterable<StaffId> engineers, Iterable<String> shifts) {
        return new RotationPattern(ImmutableList.copyOf(engineers), ImmutableList.copyOf(shifts));
    }
}
