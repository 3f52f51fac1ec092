package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.change.in.ApprovedChangeWindow;
import org.itilhis.ports.change.in.ApprovedChangeWindows;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.out.ChangeRepository;

/**
 * Implements {@link ApprovedChangeWindows} over the change repository's search: it reads the
 * changes in an approved status page by page (by number) and keeps those whose window meets
 * the period and which touch the items asked for. A hospital raises some hundreds of changes a
 * year, so reading them all is cheaper than a store query of its own in every adapter.
 */
final class ApprovedWindowsQuery implements ApprovedChangeWindows {
    private static final int PAGE = ChangeSearch.MAX_LIMIT;

    private final ChangeRepository changes;

    ApprovedWindowsQuery(ChangeRepository changes) {
        this.changes = checkNotNull(changes, "changes");
    }

    @Override
    public List<ApprovedChangeWindow> windows(Set<CiId> cis, Instant from, Instant to) {
        checkNotNull(cis, "cis");
        checkArgument(from.isBefore(to), "period %s..%s does not end after it starts", from, to);
        PlannedWindow period = PlannedWindow.of(from, to);
        List<ApprovedChangeWindow> found = new ArrayList<>();
        Optional<ChangeNumber> after = Optional.empty();
        while (true) {
            ChangeSearch search = ChangeSearch.all(PAGE).withStatuses(APPROVED);
            List<Change> page = changes.search(after.map(search::after).orElse(search));
            for (Change change : page) {
                if (change.window().overlaps(period)
                        && (cis.isEmpty() || change.touchedCis().stream().anyMatch(cis::contains))) {
                    found.add(new ApprovedChangeWindow(change.number(), change.touchedCis(), change.window()));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).number());
        }
        found.sort(Comparator.comparing((ApprovedChangeWindow w) -> w.window().start())
                .thenComparing(w -> w.change().toString()));
        return List.copyOf(found);
    }
}
