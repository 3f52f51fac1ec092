package org.itilhis.ports.problem.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;

/**
 * What to look for among problems; every criterion left empty matches everything. {@code
 * text} matches the summary or description, case-insensitively; {@code incident} keeps the
 * problems it is linked to. Results come by number, oldest first, at most {@code limit},
 * starting after the number {@code after} when given: to read every match, search again after
 * the last number found until fewer than {@code limit} come back. {@code reach}, when given,
 * keeps only the problems its reader may see (see {@link Reach}).
 */
public record ProblemSearch(
        ImmutableSet<ProblemStatus> statuses,
        ImmutableSet<GroupId> groups,
        Optional<TicketId> incident,
        Optional<String> text,
        Optional<ProblemNumber> after,
        Optional<Reach> reach,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public ProblemSearch {
        checkNotNull(statuses, "statuses");
        checkNotNull(groups, "groups");
        checkNotNull(incident, "incident");
        checkNotNull(text, "text");
        checkNotNull(after, "after");
        checkNotNull(reach, "reach");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s not within 1..%s", limit, MAX_LIMIT);
    }

    /** Every problem, up to {@code limit}. */
    public static ProblemSearch all(int limit) {
        return new ProblemSearch(ImmutableSet.of(), ImmutableSet.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }

    public ProblemSearch withStatuses(Iterable<ProblemStatus> wanted) {
        return new ProblemSearch(ImmutableSet.copyOf(wanted), groups, incident, text, after, reach, limit);
    }

    public ProblemSearch withGroups(Iterable<GroupId> wanted) {
        return new ProblemSearch(statuses, ImmutableSet.copyOf(wanted), incident, text, after, reach, limit);
    }

    public ProblemSearch linkedTo(TicketId wanted) {
        return new ProblemSearch(statuses, groups, Optional.of(wanted), text, after, reach, limit);
    }

    public ProblemSearch withText(String wanted) {
        return new ProblemSearch(statuses, groups, incident, Optional.ofNullable(wanted), after, reach, limit);
    }

    public ProblemSearch after(ProblemNumber wanted) {
        return new ProblemSearch(statuses, groups, incident, text, Optional.of(wanted), reach, limit);
    }

    public ProblemSearch within(Reach wanted) {
        return new ProblemSearch(statuses, groups, incident, text, after, Optional.of(wanted), limit);
    }

    /**
     * The problems a reader may see when they may not see all: those owned by one of
     * {@code groups} or managed by {@code manager}.
     */
    public record Reach(ImmutableSet<GroupId> groups, Optional<StaffId> manager) {
        public Reach {
            checkNotNull(groups, "groups");
            checkNotNull(manager, "manager");
        }

        public boolean covers(GroupId group, StaffId problemManager) {
            return groups.contains(group) || manager.map(problemManager::equals).orElse(false);
        }
    }
}
