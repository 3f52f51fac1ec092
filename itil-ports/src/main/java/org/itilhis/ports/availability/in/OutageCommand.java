package org.itilhis.ports.availability.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;

/**
 * The commands on outages declared on incidents. No time is later than now beyond {@link
 * DeclaredOutage#CLOCK_SKEW}; a null end means the item is still out. {@code expectedVersion}
 * (null: whatever is stored) guards a change against another writer's.
 */
public sealed interface OutageCommand {
    Actor actor();

    /** {@code ci} was {@code state} (DOWN or DEGRADED) from {@code start} to {@code end}, on the incident {@code incident}. */
    record Declare(@NotNull Actor actor, @NotNull TicketId incident, @NotNull CiId ci, @NotNull OperationalState state,
                   @NotNull Instant start, Instant end, @Size(max = DeclaredOutage.MAX_TEXT) String note)
            implements OutageCommand {
    }

    /** The item was back at {@code end}. */
    record End(@NotNull Actor actor, @NotNull DeclaredOutageId outage, @PositiveOrZero Long expectedVersion,
               @NotNull Instant end) implements OutageCommand {
    }

    /** The right state and times, for {@code reason}. */
    record Correct(@NotNull Actor actor, @NotNull DeclaredOutageId outage, @PositiveOrZero Long expectedVersion,
                   @NotNull OperationalState state, @NotNull Instant start, Instant end,
                   @NotBlank @Size(max = DeclaredOutage.MAX_TEXT) String reason) implements OutageCommand {
    }

    /** Declared in error, for {@code reason}: it counts no more. */
    record Withdraw(@NotNull Actor actor, @NotNull DeclaredOutageId outage, @PositiveOrZero Long expectedVersion,
                    @NotBlank @Size(max = DeclaredOutage.MAX_TEXT) String reason) implements OutageCommand {
    }
}
