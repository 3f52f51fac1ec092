package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.shared.StaffId;

/**
 * A person's decision to give an incident a priority other than the one its
 * {@link PriorityPolicy} assessed, for example a group lead raising a ward's printer fault
 * because discharge letters cannot be printed. ITIL allows such overrides but requires them
 * to be justified and traceable, so the ticket keeps this record in its history.
 *
 * <p>The reason is stripped of surrounding blanks, must not be blank and has at most
 * {@value #MAX_REASON_LENGTH} characters; otherwise the constructor throws
 * {@link IllegalArgumentException}. Whether {@code by} may override is decided by the
 * ticket, not here.
 *
 * @param priority the priority set by hand
 * @param reason   why, in the words of the person overriding
 * @param by       who overrode
 * @param at       when, as given by the caller's clock
 */
public record PriorityOverride(Priority priority, String reason, StaffId by, Instant at) {
    /** The longest reason accepted, in characters. */
    public static final int MAX_REASON_LENGTH = 500;

    public PriorityOverride {
        checkNotNull(priority, "priority");
        checkNotNull(reason, "reason");
        checkNotNull(by, "by");
        checkNotNull(at, "at");
        reason = reason.strip();
        checkArgument(!reason.isEmpty(), "the reason for overriding to %s is blank", priority);
        checkArgument(reason.length() <= MAX_REASON_LENGTH,
                "the reason for overriding to %s is longer than %s characters", priority, MAX_REASON_LENGTH);
    }
}
