package org.itilhis.core.problem.detection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.itilhis.core.ticket.TicketId;

/**
 * A pattern a rule found: the incidents with one key (a CI, a category at a location), oldest
 * first, for the problem manager to accept (a problem with them linked) or dismiss.
 *
 * @param rule the rule's code
 * @param key  what the incidents share, as the rule's grouping names it ({@code ci:<id>},
 *             {@code category:printer@building-2/floor-5})
 */
public record CandidateProblem(String rule, String key, ImmutableList<TicketId> incidents) {
    public CandidateProblem {
        checkNotNull(rule, "rule");
        checkNotNull(key, "key");
        checkNotNull(incidents, "incidents");
        checkArgument(!incidents.isEmpty(), "a candidate problem without incidents");
    }
}
