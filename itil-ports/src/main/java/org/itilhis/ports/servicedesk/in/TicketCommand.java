package org.itilhis.ports.servicedesk.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;

/**
 * A command on an existing incident or service request. {@code expectedVersion}, when
 * given, is the version the actor saw (an HTTP {@code If-Match}); the command is refused
 * with a version conflict if the ticket changed since. Nullable components are optional,
 * except where the workflow requires them: a missing resolution note, say, is refused by
 * validation and, should validation be bypassed, by the workflow.
 */
public sealed interface TicketCommand {
    Actor actor();

    TicketId ticket();

    Long expectedVersion();

    /** Dispatches to {@code group} (and {@code engineer}, a member of it) at the group's tier. */
    record Assign(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                  @NotNull GroupId group, StaffId engineer) implements TicketCommand {}

    record Accept(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {}

    record Start(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {}

    record Hold(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                @NotNull HoldReason reason, @Size(max = 2000) String note) implements TicketCommand {}

    record Resume(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {}

    /** Functional escalation to {@code toGroup}, a group of the next tier. */
    record Escalate(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                    @NotNull GroupId toGroup, @NotBlank @Size(max = 2000) String reason) implements TicketCommand {}

    /** Hierarchical escalation: tell the owning group's lead. */
    record EscalateToLead(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                          @NotBlank @Size(max = 2000) String reason) implements TicketCommand {}

    /** Keeps the caller in the loop: {@code message} is what they are told; it restarts the keep-in-loop clock. */
    record UpdateCaller(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                        @NotBlank @Size(max = 4000) String message) implements TicketCommand {}

    record Resolve(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                   @NotNull ResolutionCode code, @NotBlank @Size(max = 4000) String note) implements TicketCommand {}

    /** The caller (or the desk on the caller's word) confirms the resolution. */
    record Confirm(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {}

    record Reopen(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                  @NotBlank @Size(max = 2000) String reason) implements TicketCommand {}

    /** Closes a resolved ticket after the quiet period; run by the system. */
    record Close(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {}

    record Cancel(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                  @NotBlank @Size(max = 2000) String reason) implements TicketCommand {}

    record AddWorkLog(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                      @Min(1) @Max(1440) int minutes, @NotBlank @Size(max = 4000) String note) implements TicketCommand {}

    record Rate(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                @Min(1) @Max(5) int score, @Size(max = 2000) String comment) implements TicketCommand {}

    /** Corrects impact, urgency or criticality; the priority matrix is applied again. */
    record Reprioritise(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                        @NotBlank @Size(max = 40) String impact, @NotBlank @Size(max = 40) String urgency,
                        @NotNull ServiceCriticality criticality, @NotBlank @Size(max = 2000) String reason)
            implements TicketCommand {}

    /** A group lead sets the priority by hand; the reason is recorded. */
    record OverridePriority(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                            @NotNull Priority priority, @NotBlank @Size(max = 500) String reason)
            implements TicketCommand {}

    record DeclareMajorIncident(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                                @NotBlank @Size(max = 2000) String reason) implements TicketCommand {}
}
