package org.itilhis.core.problem.detection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A candidate the problem manager dismissed, with why: its rule and key count only incidents
 * raised after {@code at} from then on, so the same cluster comes back only when new incidents
 * reach the rule's threshold again.
 */
public record Dismissal(String rule, String key, Instant at, String reason) {
    public Dismissal {
        checkNotNull(rule, "rule");
        checkNotNull(key, "key");
        checkNotNull(at, "at");
        checkNotNull(reason, "reason");
        checkArgument(!reason.isBlank(), "a dismissal needs a reason");
    }
}
