package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.out.KnownErrorEntry;

/**
 * The published known errors as the store holds them, read page by page, and the classes of
 * their affected items as the CMDB has them (an item no longer in the CMDB has no class).
 */
final class PublishedKnownErrors {
    private final ProblemPorts ports;

    PublishedKnownErrors(ProblemPorts ports) {
        this.ports = checkNotNull(ports, "ports");
    }

    /** Every stored known error, by number, within {@code reach} when given. */
    ImmutableList<Problem> all(Optional<ProblemSearch.Reach> reach) {
        ImmutableList.Builder<Problem> all = ImmutableList.builder();
        ProblemSearch search = ProblemSearch.all(ProblemSearch.MAX_LIMIT).withStatuses(List.of(ProblemStatus.KNOWN_ERROR));
        if (reach.isPresent()) {
            search = search.within(reach.get());
        }
        List<Problem> page;
        do {
            page = ports.problems().search(search);
            all.addAll(page);
            if (!page.isEmpty()) {
                search = search.after(page.get(page.size() - 1).number());
            }
        } while (page.size() == ProblemSearch.MAX_LIMIT);
        return all.build();
    }

    /** A reader of CI classes that asks the CMDB once per item. */
    Classes classes() {
        return new Classes();
    }

    /** The index entry of a known error. */
    KnownErrorEntry entry(ProblemSummary summary, String workaround, Classes classes) {
        return KnownErrorEntry.of(summary, workaround, classes.of(summary.affectedCis()));
    }

    /** The classes of items, each item read from the CMDB once. */
    final class Classes {
        private final Map<CiId, Optional<String>> known = new HashMap<>();

        ImmutableSet<String> of(ImmutableSet<CiId> items) {
            return items.stream()
                    .map(item -> known.computeIfAbsent(item,
                            id -> ports.cmdb().items().find(id).map(ConfigurationItem::classCode)))
                    .flatMap(Optional::stream)
                    .collect(ImmutableSet.toImmutableSet());
        }
    }
}
