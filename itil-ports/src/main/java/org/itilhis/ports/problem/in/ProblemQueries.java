package org.itilhis.ports.problem.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketId;

/**
 * Reading problems. Results only ever contain what the actor may see ({@code VIEW_PROBLEM},
 * and the analysis only with {@code VIEW_PROBLEM_ANALYSIS}): under the hospital default every
 * IT role sees every problem, the vendor's engineer its group's, a reporter none.
 */
public interface ProblemQueries {
    /** @throws ProblemNotFoundException if absent or not visible to the actor */
    ProblemView problem(Actor actor, ProblemId id);

    Optional<ProblemView> byNumber(Actor actor, ProblemNumber number);

    /**
     * The problems matching {@code search} that the actor may see, by number, at most {@code
     * search.limit()}, after {@code search.after()} when given (keyset paging: search again after
     * the last number returned).
     */
    List<ProblemView> search(Actor actor, ProblemSearch search);

    /** "An incident shows its problem": the problems the actor sees that {@code incident} is linked to. */
    default List<ProblemView> problemsOf(Actor actor, TicketId incident) {
        return search(actor, ProblemSearch.all(ProblemSearch.MAX_LIMIT).linkedTo(incident));
    }

    /** The published known errors the actor sees, by number, at most {@code limit}. */
    default List<ProblemView> knownErrors(Actor actor, int limit) {
        return search(actor, ProblemSearch.all(limit).withStatuses(List.of(ProblemStatus.KNOWN_ERROR)));
    }

    /**
     * The audit trail of one problem, oldest first; without {@code VIEW_PROBLEM_ANALYSIS}, the
     * events that carry the analysis are left out.
     */
    List<DomainEvent> history(Actor actor, ProblemId id);
}
