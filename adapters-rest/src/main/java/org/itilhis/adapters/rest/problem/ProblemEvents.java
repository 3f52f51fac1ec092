package org.itilhis.adapters.rest.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.shared.DomainEvent;

/**
 * A problem's history as {@link EventJson}: the stable type ({@code problem.logged}, {@code
 * problem.root-cause-identified}), who, when, and the facts of the step in {@code data}, with
 * the field names of {@link ProblemJson} and the steps' bodies. A reader without the right to
 * the analysis gets no event that carries it (the query port leaves them out).
 */
final class ProblemEvents {
    private ProblemEvents() {
    }

    static EventJson of(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof ProblemEvent problemEvent) {
            problemEvent.accept(new Data(data));
        }
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(),
                Collections.unmodifiableMap(data));
    }

    /** The facts of each problem event that its entry shows. */
    private record Data(Map<String, Object> data) implements ProblemEvent.Visitor<Void> {
        @Override
        public Void logged(ProblemEvent.Logged e) {
            data.put("number", e.number().toString());
            data.put("summary", e.details().summary());
            data.put("category", e.details().category().value());
            data.put("priority", e.assessment().priority());
            data.put("manager", e.manager().value());
            data.put("group", e.group().value());
            data.put("affectedCis", e.affectedCis().stream().map(Object::toString).toList());
            return null;
        }

        @Override
        public Void investigationStarted(ProblemEvent.InvestigationStarted e) {
            return null; // who and when say it all
        }

        @Override
        public Void analysisStepAdded(ProblemEvent.AnalysisStepAdded e) {
            data.put("question", e.step().question());
            data.put("answer", e.step().answer());
            return null;
        }

        @Override
        public Void rootCauseIdentified(ProblemEvent.RootCauseIdentified e) {
            data.put("category", e.rootCause().category());
            data.put("statement", e.rootCause().statement());
            return null;
        }

        @Override
        public Void workaroundRecorded(ProblemEvent.WorkaroundRecorded e) {
            data.put("workaround", e.workaround());
            return null;
        }

        @Override
        public Void knownErrorPublished(ProblemEvent.KnownErrorPublished e) {
            return null;
        }

        @Override
        public Void workaroundApplied(ProblemEvent.WorkaroundApplied e) {
            data.put("contact", e.appliedTo().contact().map(Object::toString).orElse(null));
            data.put("ticket", e.appliedTo().ticket().map(Object::toString).orElse(null));
            return null;
        }

        @Override
        public Void permanentFixRecorded(ProblemEvent.PermanentFixRecorded e) {
            data.put("permanentFix", e.permanentFix());
            return null;
        }

        @Override
        public Void resolved(ProblemEvent.Resolved e) {
            data.put("note", e.note());
            data.put("linkedIncidents", e.linkedIncidents().stream().map(Object::toString).toList());
            return null;
        }

        @Override
        public Void closed(ProblemEvent.Closed e) {
            return null;
        }

        @Override
        public Void reopened(ProblemEvent.Reopened e) {
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void cancelled(ProblemEvent.Cancelled e) {
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void incidentLinked(ProblemEvent.IncidentLinked e) {
            data.put("incident", e.incidentId().toString());
            return null;
        }

        @Override
        public Void incidentUnlinked(ProblemEvent.IncidentUnlinked e) {
            data.put("incident", e.incidentId().toString());
            return null;
        }

        @Override
        public Void affectedCiAdded(ProblemEvent.AffectedCiAdded e) {
            data.put("ci", e.ciId().toString());
            return null;
        }

        @Override
        public Void affectedCiRemoved(ProblemEvent.AffectedCiRemoved e) {
            data.put("ci", e.ciId().toString());
            return null;
        }

        @Override
        public Void reassigned(ProblemEvent.Reassigned e) {
            data.put("manager", e.manager().value());
            data.put("group", e.group().value());
            return null;
        }

        @Override
        public Void reprioritised(ProblemEvent.Reprioritised e) {
            data.put("impact", e.assessment().factors().impact().code());
            data.put("urgency", e.assessment().factors().urgency().code());
            data.put("priority", e.assessment().priority());
            data.put("reason", e.reason());
            return null;
        }
    }
}
