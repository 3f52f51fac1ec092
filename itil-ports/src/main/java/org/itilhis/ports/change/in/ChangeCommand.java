package org.itilhis.ports.change.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.Vote;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;

/**
 * A command on an existing change (raising one is {@link RaiseChange}), one per step of the
 * change's workflow ({@code core.change.ChangeWorkflows}). {@code expectedVersion}, when given,
 * is the version the actor saw; the command is refused with a version conflict if the change
 * changed since. Each command states the permission it needs on the change, besides {@code
 * VIEW_CHANGE}, in the scope of the change's assignment group: whoever may not see a change is
 * told it does not exist.
 */
public sealed interface ChangeCommand {
    Actor actor();

    ChangeId change();

    Long expectedVersion();

    /** The permission the actor needs to give this command. */
    Permission permission();

    /** Hands this command to the {@code visitor} method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command: whatever dispatches change commands implements it, so a new
     * command does not compile until each dispatcher says what it does with it.
     */
    interface Visitor<R> {
        R revisePlans(RevisePlans command);

        R submit(Submit command);

        R assess(Assess command);

        R requestApproval(RequestApproval command);

        R vote(CastVote command);

        R schedule(Schedule command);

        R start(Start command);

        R complete(Complete command);

        R fail(Fail command);

        R backOut(BackOut command);

        R review(Review command);

        R close(Close command);

        R cancel(Cancel command);

        R linkProblem(LinkProblem command);

        R linkIncident(LinkIncident command);
    }

    /** Replaces the plans of a draft; a blank backout or test plan counts as not written yet. */
    record RevisePlans(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 8000) String implementationPlan, @Size(max = 8000) String backoutPlan,
            @Size(max = 8000) String testPlan)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.RAISE_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.revisePlans(this);
        }
    }

    /**
     * Submits a draft: a normal or emergency change for assessment (with its backout and test
     * plans), a standard change approved at once by its template.
     */
    record Submit(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.RAISE_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.submit(this);
        }
    }

    /**
     * Records (or revises) the risk of a submitted change: the likelihood and why from the
     * assessor, the consequence from the CMDB's impact analysis of the touched items and the
     * expected outage, the level from the hospital's risk matrix.
     */
    record Assess(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotNull Likelihood likelihood, @NotBlank @Size(max = 2000) String reason)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.ASSESS_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.assess(this);
        }
    }

    /**
     * Puts an assessed change before the board its model and risk call for under the hospital's
     * approval policy: the change manager alone, the CAB ({@code board}, or the settings' board
     * when null) or the emergency CAB.
     */
    record RequestApproval(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            CabId board)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.ASSESS_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.requestApproval(this);
        }
    }

    /**
     * The actor's own vote as a member of the board the change is before, with a comment (null or
     * blank for none); the vote that meets the board's rule approves the change, the one that puts
     * it out of reach rejects it.
     */
    record CastVote(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotNull Vote.Choice choice, @Size(max = 2000) String comment)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.VOTE_ON_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.vote(this);
        }
    }

    /**
     * Gives an approved change its window in the forward schedule (or moves a scheduled one),
     * after checking it against the blackout windows and the other scheduled changes: a conflict
     * refuses the step ({@link ScheduleConflictsException}), unless the change is an emergency
     * change and {@code conflictOverride} says why it goes ahead anyway (recorded).
     */
    record Schedule(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotNull Instant windowStart, @NotNull Instant windowEnd, @Size(max = 2000) String conflictOverride)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.SCHEDULE_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.schedule(this);
        }
    }

    /**
     * Starts the work, after checking the schedule again as it stands now (an emergency change
     * scheduled with an override goes ahead).
     */
    record Start(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.IMPLEMENT_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.start(this);
        }
    }

    /** The work is done and tested. */
    record Complete(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.IMPLEMENT_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.complete(this);
        }
    }

    /** The work failed; why, and whether the backout plan ran. */
    record Fail(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason, boolean backoutRan)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.IMPLEMENT_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fail(this);
        }
    }

    /** The work was undone by the backout plan. */
    record BackOut(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.IMPLEMENT_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.backOut(this);
        }
    }

    /**
     * Records (or revises) the post-implementation review; an emergency change's review needs its
     * retrospective (null or blank for none) before it closes.
     */
    record Review(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            boolean successful, @Size(max = 500) Set<@NotNull TicketId> incidentsCaused,
            @NotBlank @Size(max = 8000) String lessons, @Size(max = 8000) String retrospective)
            implements ChangeCommand {
        public Review {
            incidentsCaused = incidentsCaused == null ? Set.of() : Set.copyOf(incidentsCaused);
        }

        @Override
        public Permission permission() {
            return Permission.REVIEW_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.review(this);
        }
    }

    /** Closes a reviewed change. */
    record Close(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.REVIEW_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.close(this);
        }
    }

    /** Withdraws the change before its work starts. */
    record Cancel(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.CANCEL_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancel(this);
        }
    }

    /**
     * Links a problem this change is the permanent fix of; the problem must exist and be visible
     * to the actor.
     */
    record LinkProblem(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotNull ProblemId linkedProblem)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.RAISE_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.linkProblem(this);
        }
    }

    /** Links an incident the change caused or resolves; it must exist and be visible to the actor. */
    record LinkIncident(@NotNull Actor actor, @NotNull ChangeId change, @PositiveOrZero Long expectedVersion,
            @NotNull TicketId incident, @NotNull IncidentRelation relation)
            implements ChangeCommand {
        @Override
        public Permission permission() {
            return Permission.RAISE_CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.linkIncident(this);
        }
    }
}
