package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * What an engineer asks for: {@code duty} (their own) to go to {@code counterpart}, of the same
 * group, who gives {@code counterpartDuty} in return for an {@link SwapKind#EXCHANGE}.
 *
 * @param reason why, in the requester's words
 */
public record SwapRequest(RosterId roster, GroupId group, SwapKind kind, DutyRef duty, StaffId counterpart,
                          Optional<DutyRef> counterpartDuty, String reason) {
    public SwapRequest {
        checkNotNull(roster, "roster");
        checkNotNull(group, "group");
        checkNotNull(kind, "kind");
        checkNotNull(duty, "duty");
        checkNotNull(counterpart, "counterpart");
        checkNotNull(counterpartDuty, "counterpartDuty");
        reason = checkNotNull(reason, "reason").strip();
        checkArgument(counterpartDuty.isPresent() == (kind == SwapKind.EXCHANGE),
                "a counterpart duty is given exactly for an exchange, this is a %s", kind);
        checkArgument(counterpartDuty.map(d -> d.engineer().equals(counterpart)).orElse(true),
                "the counterpart duty %s is not %s's", counterpartDuty, counterpart);
        checkArgument(!counterpart.equals(duty.engineer()), "%s swaps with themselves", counterpart);
    }

    public StaffId requester() {
        return duty.engineer();
    }
}
