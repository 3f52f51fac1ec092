package org.itilhis.ports.reporting.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * Which facts a report reads: those of the days from {@code from} (included) to {@code to}
 * (excluded), of {@code engineer} only when given, of {@code groups} only when given (a report in
 * scope GROUP; an empty set then matches nothing).
 */
public record FactFilter(LocalDate from, LocalDate to, Optional<StaffId> engineer,
                         Optional<ImmutableSet<String>> groups) {
    public FactFilter {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(to.isAfter(from), "filter from %s to %s", from, to);
        checkNotNull(engineer, "engineer");
        groups = checkNotNull(groups, "groups").map(ImmutableSet::copyOf);
    }

    /** Every fact of the days. */
    public static FactFilter all(LocalDate from, LocalDate to) {
        return new FactFilter(from, to, Optional.empty(), Optional.empty());
    }

    public FactFilter ofEngineer(StaffId staff) {
        return new FactFilter(from, to, Optional.of(staff), groups);
    }

    public FactFilter ofGroups(Iterable<String> ids) {
        return new FactFilter(from, to, engineer, Optional.of(ImmutableSet.copyOf(ids)));
    }

    /** Whether {@code slice} is one of the facts asked for: what an adapter's WHERE clause says. */
    public boolean matches(FactSlice slice) {
        return !slice.day().isBefore(from) && slice.day().isBefore(to)
                && engineer.map(slice.engineer()::equals).orElse(true)
                && groups.map(g -> g.contains(slice.group())).orElse(true);
    }
}
