package org.itilhis.core.availability;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;

/**
 * A part of an item outage, clipped to the measured period, throughout which it is either
 * planned (inside the windows of {@code changes}, which name the item) or unplanned (no window).
 * An outage is cut at the window boundaries that fall inside it, so that "planned for the part
 * inside the window" is a property of whole pieces.
 */
record OutagePiece(Outage outage, Instant start, Instant end, ImmutableSet<String> changes) {
    CiId ci() {
        return outage.ci();
    }

    OperationalState state() {
        return outage.state();
    }

    boolean planned() {
        return !changes.isEmpty();
    }

    /**
     * The pieces of {@code outage} inside {@code [from, to)}, an open outage running to {@code to};
     * none when nothing of it lies in the period.
     */
    static List<OutagePiece> of(Outage outage, Instant from, Instant to, Collection<PlannedMaintenance> planned) {
        Instant start = latest(outage.start(), from);
        Instant end = outage.end().map(e -> earliest(e, to)).orElse(to);
        if (!start.isBefore(end)) {
            return List.of();
        }
        List<PlannedMaintenance> windows = planned.stream()
                .filter(w -> w.cis().contains(outage.ci()) && w.start().isBefore(end) && start.isBefore(w.end()))
                .toList();
        TreeSet<Instant> cuts = new TreeSet<>(List.of(start, end));
        for (PlannedMaintenance window : windows) {
            cuts.add(latest(window.start(), start));
            cuts.add(earliest(window.end(), end));
        }
        List<OutagePiece> pieces = new ArrayList<>(cuts.size() - 1);
        Instant at = null;
        for (Instant cut : cuts) {
            if (at != null) {
                Instant pieceStart = at;
                ImmutableSet<String> changes = windows.stream()
                        .filter(w -> !w.start().isAfter(pieceStart) && !w.end().isBefore(cut))
                        .map(PlannedMaintenance::change)
                        .collect(ImmutableSet.toImmutableSet());
                pieces.add(new OutagePiece(outage, pieceStart, cut, changes));
            }
            at = cut;
        }
        return ImmutableList.copyOf(pieces);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
