package org.itilhis.ports.servicedesk.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.itilhis.core.access.Permission;
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

    /** The permission the actor needs to give this command. */
    Permission permission();

    /** Hands this command to the {@code visitor} method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command: whatever dispatches ticket commands implements it, so a new
     * command does not compile until each dispatcher says what it does with it.
     */
    interface Visitor<R> {
        R assign(Assign command);

        R accept(Accept command);

        R start(Start command);

        R hold(Hold command);

        R resume(Resume command);

        R escalate(Escalate command);

        R escalateToLead(EscalateToLead command);

        R updateCaller(UpdateCaller command);

        R resolve(Resolve command);

        R confirm(Confirm command);

        R reopen(Reopen command);

        R close(Close command);

        R cancel(Cancel command);

        R addWorkLog(AddWorkLog command);

        R rate(Rate command);

        R reprioritise(Reprioritise command);

        R overridePriority(OverridePriority command);

        R declareMajorIncident(DeclareMajorIncident command);
    }

    /** Dispatches to {@code group} (and {@code engineer}, a member of it) at the group's tier. */
    record Assign(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                  @NotNull GroupId group, StaffId engineer) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.ASSIGN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.assign(this);
        }
    }

    record Accept(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.ACCEPT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.accept(this);
        }
    }

    record Start(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.START;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.start(this);
        }
    }

    record Hold(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                @NotNull HoldReason reason, @Size(max = 2000) String note) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.HOLD;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hold(this);
        }
    }

    record Resume(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.RESUME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resume(this);
        }
    }

    /** Functional escalation to {@code toGroup}, a group of the next tier. */
    record Escalate(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                    @NotNull GroupId toGroup, @NotBlank @Size(max = 2000) String reason) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.ESCALATE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.escalate(this);
        }
    }

    /** Hierarchical escalation: tell the owning group's lead. */
    record EscalateToLead(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                          @NotBlank @Size(max = 2000) String reason) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.ESCALATE_TO_LEAD;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.escalateToLead(this);
        }
    }

    /** Keeps the caller in the loop: {@code message} is what they are told; it restarts the keep-in-loop clock. */
    record UpdateCaller(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                        @NotBlank @Size(max = 4000) String message) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.ADD_WORK_LOG;  // whoever works the ticket informs the caller
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.updateCaller(this);
        }
    }

    record Resolve(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                   @NotNull ResolutionCode code, @NotBlank @Size(max = 4000) String note) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.RESOLVE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resolve(this);
        }
    }

    /** The caller (or the desk on the caller's word) confirms the resolution. */
    record Confirm(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.CONFIRM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.confirm(this);
        }
    }

    record Reopen(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                  @NotBlank @Size(max = 2000) String reason) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.REOPEN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopen(this);
        }
    }

    /** Closes a resolved ticket after the quiet period; run by the system. */
    record Close(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion)
            implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.CLOSE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.close(this);
        }
    }

    record Cancel(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                  @NotBlank @Size(max = 2000) String reason) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.CANCEL;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancel(this);
        }
    }

    record AddWorkLog(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                      @Min(1) @Max(1440) int minutes, @NotBlank @Size(max = 4000) String note, boolean forCaller)
            implements TicketCommand {
        /** An internal note: only staff who may see the ticket's internal work read it. */
        public AddWorkLog(Actor actor, TicketId ticket, Long expectedVersion, int minutes, String note) {
            this(actor, ticket, expectedVersion, minutes, note, false);
        }

        @Override
        public Permission permission() {
            return Permission.ADD_WORK_LOG;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addWorkLog(this);
        }
    }

    record Rate(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                @Min(1) @Max(5) int score, @Size(max = 2000) String comment) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.RATE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rate(this);
        }
    }

    /** Corrects impact, urgency or criticality; the priority matrix is applied again. */
    record Reprioritise(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                        @NotBlank @Size(max = 40) String impact, @NotBlank @Size(max = 40) String urgency,
                        @NotNull ServiceCriticality criticality, @NotBlank @Size(max = 2000) String reason)
            implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.REPRIORITISE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reprioritise(this);
        }
    }

    /** A group lead sets the priority by hand; the reason is recorded. */
    record OverridePriority(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                            @NotNull Priority priority, @NotBlank @Size(max = 500) String reason)
            implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.OVERRIDE_PRIORITY;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.overridePriority(this);
        }
    }

    record DeclareMajorIncident(@NotNull Actor actor, @NotNull TicketId ticket, @PositiveOrZero Long expectedVersion,
                                @NotBlank @Size(max = 2000) String reason) implements TicketCommand {
        @Override
        public Permission permission() {
            return Permission.DECLARE_MAJOR_INCIDENT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.declareMajorIncident(this);
        }
    }
}
