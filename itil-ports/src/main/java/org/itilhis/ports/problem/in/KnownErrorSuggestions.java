package org.itilhis.ports.problem.in;

import java.util.List;
import org.itilhis.core.shared.Actor;

/**
 * The published known errors that match a call, best first, for the desk on the phone: the
 * same configuration item first, then the same CI class, the same category, then words that
 * resemble the known error's (when a search index is wired), each with the reasons it matched
 * ({@link org.itilhis.core.problem.KnownErrorRanking}).
 *
 * <p>Only known errors the actor may see ({@code VIEW_PROBLEM} in the problem's scope): under
 * the hospital default every IT role sees them all, the vendor's engineer its group's, and a
 * reporter none, so a reporter gets an empty list, never a refusal.
 */
public interface KnownErrorSuggestions {
    /** The most suggestions one call returns. */
    int MAX_LIMIT = 50;

    /**
     * @param limit from 1 to {@value #MAX_LIMIT}
     * @throws org.itilhis.ports.common.InvalidCommandException for a category that is not a category code
     */
    List<KnownErrorMatch> suggest(Actor actor, KnownErrorQuery query, int limit);
}
