package org.itilhis.core.problem.detection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * A candidate the problem manager dismissed, with why: its rule and key count only incidents
 * raised after {@code at} from then on, so the same cluster comes back only when new incidents
 * reach the rule's threshold again.
 *
 * @param dismissedBy who dismissed it; empty only for a dismissal stored before the dismisser
 *                    was kept (the JDBC schema before V19)
 */
public record Dismissal(String rule, String key, Instant at, Optional<StaffId> dismissedBy, String reason) {
    public Dismissal {
        checkNotNull(rule, "rule");
        checkNotNull(key, "key");
        checkNotNull(at, "at");
        checkNotNull(dismissedBy, "dismissedBy");
        checkNotNull(reason, "reason");
        checkArgument(!reason.isBlank(), "a dismissal needs a reason");
    }

    /** A dismissal by {@code dismissedBy}, as every dismissal is recorded now. */
    public Dismissal(String rule, String key, Instant at, StaffId dismissedBy, String reason) {
        this(rule, key, at, Optional.of(checkNotNull(dismissedBy, "dismissedBy")), reason);
    }
}
