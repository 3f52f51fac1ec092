package org.itilhis.ports.problem.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;

/**
 * A command on an existing problem (logging one is {@link LogProblem}). {@code
 * expectedVersion}, when given, is the version the actor saw; the command is refused with a
 * version conflict if the problem changed since. Each command states the permission it needs
 * on the problem, besides {@code VIEW_PROBLEM}: whoever may not see a problem is told it does
 * not exist. The text limits are the core's ({@code AnalysisStep.MAX_LENGTH},
 * {@code RootCauseAnalysis.MAX_TEXT}).
 */
public sealed interface ProblemCommand {
    Actor actor();

    ProblemId problem();

    Long expectedVersion();

    /** The permission the actor needs to give this command. */
    Permission permission();

    /** Hands this command to the {@code visitor} method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command: whatever dispatches problem commands implements it, so a new
     * command does not compile until each dispatcher says what it does with it.
     */
    interface Visitor<R> {
        R investigate(Investigate command);

        R addAnalysisStep(AddAnalysisStep command);

        R identifyRootCause(IdentifyRootCause command);

        R recordWorkaround(RecordWorkaround command);

        R publishKnownError(PublishKnownError command);

        R applyWorkaround(ApplyWorkaround command);

        R recordPermanentFix(RecordPermanentFix command);

        R resolve(Resolve command);

        R close(Close command);

        R reopen(Reopen command);

        R cancel(Cancel command);

        R linkIncident(LinkIncident command);

        R unlinkIncident(UnlinkIncident command);

        R addAffectedCi(AddAffectedCi command);

        R removeAffectedCi(RemoveAffectedCi command);

        R reassign(Reassign command);

        R reprioritise(Reprioritise command);
    }

    /** Starts investigating a logged problem. */
    record Investigate(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.INVESTIGATE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.investigate(this);
        }
    }

    /** Records one step of the analysis, such as one of the "five whys". */
    record AddAnalysisStep(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String question, @NotBlank @Size(max = 2000) String answer)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.INVESTIGATE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addAnalysisStep(this);
        }
    }

    /** States (or revises) the root cause with its category. */
    record IdentifyRootCause(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotNull CauseCategory category, @NotBlank @Size(max = 4000) String statement)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.INVESTIGATE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.identifyRootCause(this);
        }
    }

    /** Records (or revises) the workaround the desk can apply meanwhile. */
    record RecordWorkaround(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 4000) String workaround)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.INVESTIGATE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.recordWorkaround(this);
        }
    }

    /** Publishes the problem as a known error: the desk sees it with its workaround. */
    record PublishKnownError(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.PUBLISH_KNOWN_ERROR;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.publishKnownError(this);
        }
    }

    /** The desk applied the known error's workaround to a contact or a ticket (one more use); a ticket must be one the actor sees. */
    record ApplyWorkaround(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotNull DeskCase appliedTo)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.APPLY_WORKAROUND;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.applyWorkaround(this);
        }
    }

    /** Records (or revises) the permanent fix. */
    record RecordPermanentFix(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 4000) String permanentFix)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.INVESTIGATE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.recordPermanentFix(this);
        }
    }

    /** Resolves the problem; with {@code resolveLinkedIncidents}, also resolves each linked incident in progress that the actor may resolve, each by its own ticket command and event, in the same transaction (the others are left as they are). */
    record Resolve(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 4000) String note, boolean resolveLinkedIncidents)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.RESOLVE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resolve(this);
        }
    }

    /** The fix held: closes the resolved problem for good. */
    record Close(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.close(this);
        }
    }

    /** The fix did not hold: back under investigation. */
    record Reopen(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopen(this);
        }
    }

    /** Cancels an open problem: logged in error, a duplicate, or not worth pursuing. */
    record Cancel(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.CANCEL_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancel(this);
        }
    }

    /** Links an incident the actor may see, neither cancelled nor closed. */
    record LinkIncident(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotNull TicketId incident)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.LINK_INCIDENT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.linkIncident(this);
        }
    }

    /** Unlinks an incident linked by mistake or found to have another cause. */
    record UnlinkIncident(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotNull TicketId incident)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.LINK_INCIDENT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unlinkIncident(this);
        }
    }

    /** Adds a configuration item the problem affects; it must exist in the CMDB. */
    record AddAffectedCi(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotNull CiId ci)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.INVESTIGATE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addAffectedCi(this);
        }
    }

    /** Removes an affected configuration item. */
    record RemoveAffectedCi(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotNull CiId ci)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.INVESTIGATE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.removeAffectedCi(this);
        }
    }

    /** Hands the problem to another problem manager or owning group. */
    record Reassign(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotNull StaffId manager, @NotNull GroupId group)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reassign(this);
        }
    }

    /** Re-assesses the priority with corrected impact, urgency or criticality. */
    record Reprioritise(@NotNull Actor actor, @NotNull ProblemId problem, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 40) String impact, @NotBlank @Size(max = 40) String urgency,
                        @NotNull ServiceCriticality criticality, @NotBlank @Size(max = 2000) String reason)
            implements ProblemCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_PROBLEM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reprioritise(this);
        }
    }
}
