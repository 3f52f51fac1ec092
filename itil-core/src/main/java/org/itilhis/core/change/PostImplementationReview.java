package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.ticket.TicketId;

/**
 * The post-implementation review: did the change achieve its aim, which incidents did it
 * cause, what was learnt; and, for an emergency change, the retrospective review (was the
 * emergency real, was the emergency board's approval right, what would have let it be a
 * normal change). A change closes only once reviewed, and an emergency change only with its
 * retrospective ({@link ChangeWorkflows#RETROSPECTIVE_RECORDED}).
 *
 * @param incidentsCaused the incidents the change caused, as the reviewers found them
 */
public record PostImplementationReview(boolean successful, ImmutableSet<TicketId> incidentsCaused, String lessons,
                                       Optional<String> retrospective) {
    public PostImplementationReview {
        checkNotNull(incidentsCaused, "incidentsCaused");
        lessons = ChangeDetails.text(lessons, "lessons", ChangePlans.MAX_PLAN);
        checkNotNull(retrospective, "retrospective");
        retrospective = retrospective.map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> ChangeDetails.text(s, "retrospective", ChangePlans.MAX_PLAN));
    }

    public static PostImplementationReview of(boolean successful, Iterable<TicketId> incidentsCaused, String lessons) {
        return new PostImplementationReview(successful, ImmutableSet.copyOf(incidentsCaused), lessons, Optional.empty());
    }

    /** This review with the emergency change's retrospective. */
    public PostImplementationReview withRetrospective(String retrospective) {
        return new PostImplementationReview(successful, incidentsCaused, lessons,
                Optional.of(checkNotNull(retrospective, "retrospective")));
    }
}
