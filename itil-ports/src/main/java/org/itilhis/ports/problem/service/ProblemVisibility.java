package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * What one actor may see of one problem: whether they see it at all ({@code VIEW_PROBLEM}) and
 * its internal analysis ({@code VIEW_PROBLEM_ANALYSIS}), in the problem's scope (its owning
 * group and its manager). Every read and every command's answer passes through it.
 */
final class ProblemVisibility {
    private final AccessContext context;
    private final boolean seen;
    private final boolean analysis;

    private ProblemVisibility(AccessPolicy access, Actor actor, AccessContext context) {
        this.context = context;
        this.seen = access.permits(actor, Permission.VIEW_PROBLEM, context);
        this.analysis = access.permits(actor, Permission.VIEW_PROBLEM_ANALYSIS, context);
    }

    static ProblemVisibility of(AccessPolicy access, Actor actor, Problem problem, ImmutableSet<GroupId> actorGroups) {
        checkNotNull(problem, "problem");
        return new ProblemVisibility(checkNotNull(access, "access"), checkNotNull(actor, "actor"),
                contextOf(problem.group(), problem.manager(), actorGroups));
    }

    /** The facts the access policy decides on for a problem: no caller, its owning group, its manager as assignee. */
    static AccessContext contextOf(GroupId group, StaffId manager, ImmutableSet<GroupId> actorGroups) {
        return new AccessContext(Optional.empty(), Optional.of(group), Optional.of(manager), actorGroups);
    }

    AccessContext context() {
        return context;
    }

    boolean seen() {
        return seen;
    }

    /** The problem as the actor may see it (only call when {@link #seen()}). */
    ProblemView view(Problem problem) {
        ProblemView view = ProblemView.of(problem);
        return analysis ? view : view.withAnalysisWithheld();
    }

    /** The events of the problem's history the actor may see: without the analysis, none that carries it. */
    List<DomainEvent> history(List<DomainEvent> events) {
        return analysis ? events : events.stream().filter(event -> !(event instanceof ProblemEvent problemEvent)
                || !problemEvent.accept(CARRIES_ANALYSIS)).toList();
    }

    /** Whether an event carries part of the internal analysis. */
    private static final ProblemEvent.Visitor<Boolean> CARRIES_ANALYSIS = new ProblemEvent.Visitor<>() {
        @Override
        public Boolean logged(ProblemEvent.Logged e) {
            return false;
        }

        @Override
        public Boolean investigationStarted(ProblemEvent.InvestigationStarted e) {
            return false;
        }

        @Override
        public Boolean analysisStepAdded(ProblemEvent.AnalysisStepAdded e) {
            return true;
        }

        @Override
        public Boolean rootCauseIdentified(ProblemEvent.RootCauseIdentified e) {
            return true;
        }

        @Override
        public Boolean workaroundRecorded(ProblemEvent.WorkaroundRecorded e) {
            return true;
        }

        @Override
        public Boolean knownErrorPublished(ProblemEvent.KnownErrorPublished e) {
            return false;
        }

        @Override
        public Boolean workaroundApplied(ProblemEvent.WorkaroundApplied e) {
            return false;
        }

        @Override
        public Boolean permanentFixRecorded(ProblemEvent.PermanentFixRecorded e) {
            return true;
        }

        @Override
        public Boolean resolved(ProblemEvent.Resolved e) {
            return false;
        }

        @Override
        public Boolean closed(ProblemEvent.Closed e) {
            return false;
        }

        @Override
        public Boolean reopened(ProblemEvent.Reopened e) {
            return false;
        }

        @Override
        public Boolean cancelled(ProblemEvent.Cancelled e) {
            return false;
        }

        @Override
        public Boolean incidentLinked(ProblemEvent.IncidentLinked e) {
            return false;
        }

        @Override
        public Boolean incidentUnlinked(ProblemEvent.IncidentUnlinked e) {
            return false;
        }

        @Override
        public Boolean affectedCiAdded(ProblemEvent.AffectedCiAdded e) {
            return false;
        }

        @Override
        public Boolean affectedCiRemoved(ProblemEvent.AffectedCiRemoved e) {
            return false;
        }

        @Override
        public Boolean reassigned(ProblemEvent.Reassigned e) {
            return false;
        }

        @Override
        public Boolean reprioritised(ProblemEvent.Reprioritised e) {
            return false;
        }
    };
}
