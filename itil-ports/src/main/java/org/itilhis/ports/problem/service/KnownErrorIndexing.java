package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Iterables;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.out.KnownErrorEntry;
import org.itilhis.ports.problem.out.KnownErrorIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link KnownErrorIndex} in step with the known errors, after each commit: a known
 * error published, its workaround revised, an affected item added or removed or a use counted
 * (re)indexes it; resolved, closed or cancelled withdraws it. Like the notifications, a failing
 * index is logged and never undoes the change; {@link #rebuild} repairs what it missed.
 */
final class KnownErrorIndexing {
    private static final Logger LOG = LoggerFactory.getLogger(KnownErrorIndexing.class);

    private final KnownErrorIndex index;
    private final PublishedKnownErrors knownErrors;

    KnownErrorIndexing(KnownErrorIndex index, PublishedKnownErrors knownErrors) {
        this.index = checkNotNull(index, "index");
        this.knownErrors = checkNotNull(knownErrors, "knownErrors");
    }

    /** What a committed command did to one problem ({@code problem}, as it is now), told to the index. */
    void follow(ProblemView problem, List<? extends DomainEvent> events) {
        Effect effect = Effect.NONE;
        for (ProblemEvent event : Iterables.filter(events, ProblemEvent.class)) {
            effect = effect.and(event.accept(EFFECT));
        }
        try {
            if (effect == Effect.WITHDRAW) {
                index.withdraw(problem.id());
            } else if (effect == Effect.REFRESH && problem.status() == ProblemStatus.KNOWN_ERROR) {
                index.publish(knownErrors.entry(problem.summary(), problem.publishedWorkaround().orElseThrow(),
                        knownErrors.classes()));
            }
        } catch (RuntimeException failure) {
            LOG.warn("the known error index missed {} of {}; rebuild it to catch up", effect, problem.number(),
                    failure);
        }
    }

    /**
     * Replaces the known errors in the index by the stored ones.
     *
     * @return how many were indexed
     */
    int rebuild() {
        PublishedKnownErrors.Classes classes = knownErrors.classes();
        List<KnownErrorEntry> entries = knownErrors.all(Optional.empty()).stream()
                .map(problem -> knownErrors.entry(problem.summary(), workaround(problem), classes))
                .toList();
        index.rebuild(entries.stream());
        LOG.info("known error index rebuilt: {} known errors", entries.size());
        return entries.size();
    }

    private static String workaround(Problem problem) {
        return problem.publishedWorkaround().orElseThrow();
    }

    /** What an event asks of the index; the strongest of a command's events wins. */
    private enum Effect {
        NONE, REFRESH, WITHDRAW;

        Effect and(Effect other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** What each event asks of the index: a visitor, so that a new event does not compile until decided here. */
    private static final ProblemEvent.Visitor<Effect> EFFECT = new ProblemEvent.Visitor<>() {
        @Override
        public Effect logged(ProblemEvent.Logged e) {
            return Effect.NONE;
        }

        @Override
        public Effect investigationStarted(ProblemEvent.InvestigationStarted e) {
            return Effect.NONE;
        }

        @Override
        public Effect analysisStepAdded(ProblemEvent.AnalysisStepAdded e) {
            return Effect.NONE;
        }

        @Override
        public Effect rootCauseIdentified(ProblemEvent.RootCauseIdentified e) {
            return Effect.NONE;
        }

        @Override
        public Effect workaroundRecorded(ProblemEvent.WorkaroundRecorded e) {
            return Effect.REFRESH;
        }

        @Override
        public Effect knownErrorPublished(ProblemEvent.KnownErrorPublished e) {
            return Effect.REFRESH;
        }

        @Override
        public Effect workaroundApplied(ProblemEvent.WorkaroundApplied e) {
            return Effect.REFRESH;
        }

        @Override
        public Effect permanentFixRecorded(ProblemEvent.PermanentFixRecorded e) {
            return Effect.NONE;
        }

        @Override
        public Effect resolved(ProblemEvent.Resolved e) {
            return Effect.WITHDRAW;
        }

        @Override
        public Effect closed(ProblemEvent.Closed e) {
            return Effect.WITHDRAW;
        }

        @Override
        public Effect reopened(ProblemEvent.Reopened e) {
            return Effect.NONE;
        }

        @Override
        public Effect cancelled(ProblemEvent.Cancelled e) {
            return Effect.WITHDRAW;
        }

        @Override
        public Effect incidentLinked(ProblemEvent.IncidentLinked e) {
            return Effect.NONE;
        }

        @Override
        public Effect incidentUnlinked(ProblemEvent.IncidentUnlinked e) {
            return Effect.NONE;
        }

        @Override
        public Effect affectedCiAdded(ProblemEvent.AffectedCiAdded e) {
            return Effect.REFRESH;
        }

        @Override
        public Effect affectedCiRemoved(ProblemEvent.AffectedCiRemoved e) {
            return Effect.REFRESH;
        }

        @Override
        public Effect reassigned(ProblemEvent.Reassigned e) {
            return Effect.NONE;
        }

        @Override
        public Effect reprioritised(ProblemEvent.Reprioritised e) {
            return Effect.NONE;
        }
    };
}
