package org.itilhis.adapters.rest.change;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.core.change.CabApproval;
import org.itilhis.core.change.ChangeEvent;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.PostImplementationReview;
import org.itilhis.core.change.RiskAssessment;
import org.itilhis.core.shared.DomainEvent;

/**
 * A change's history as {@link EventJson}: the stable type ({@code change.raised}, {@code
 * change.vote-cast}, {@code change.cab-decided}), who, when, and the facts of the step in {@code
 * data}, with the field names and values of {@link ChangeJson} and the steps' bodies: statuses
 * and choices as the API spells them ({@code APPROVE}, {@code APPROVED}), windows as ISO-8601
 * instants, identities as the API's ids.
 */
final class ChangeEvents {
    private ChangeEvents() {
    }

    static EventJson of(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof ChangeEvent changeEvent) {
            changeEvent.accept(new Data(data));
        }
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(),
                Collections.unmodifiableMap(data));
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static List<String> ids(Collection<?> ids) {
        return ids.stream().map(Object::toString).sorted().toList();
    }

    /** The facts of each change event that its entry shows. */
    private record Data(Map<String, Object> data) implements ChangeEvent.Visitor<Void> {
        @Override
        public Void raised(ChangeEvent.Raised e) {
            ChangeRequest r = e.request();
            data.put("number", e.number().toString());
            data.put("model", e.model().name());
            data.put("template", e.template().map(ChangeTemplate::code).orElse(null));
            data.put("summary", r.details().summary());
            data.put("description", r.details().description());
            plans(r.plans());
            data.put("touchedCis", ids(r.touchedCis()));
            window(r.window());
            data.put("outage", r.outage().kind().name());
            data.put("outageDuration", r.outage().duration().map(Object::toString).orElse(null));
            data.put("requester", r.requester().value());
            data.put("group", r.group().value());
            data.put("manager", r.manager().value());
            return null;
        }

        @Override
        public Void plansRevised(ChangeEvent.PlansRevised e) {
            plans(e.plans());
            return null;
        }

        @Override
        public Void submitted(ChangeEvent.Submitted e) {
            return null; // who and when say it all
        }

        @Override
        public Void standardSubmitted(ChangeEvent.StandardSubmitted e) {
            return null; // approved by the template named when raised
        }

        @Override
        public Void assessed(ChangeEvent.Assessed e) {
            RiskAssessment risk = e.risk();
            data.put("likelihood", risk.likelihood().name());
            data.put("likelihoodReason", risk.likelihoodReason());
            data.put("consequence", risk.consequence().name());
            data.put("consequenceRule", risk.consequenceRule());
            data.put("level", risk.level().name());
            data.put("businessServices", ids(risk.impact().businessServices()));
            data.put("clinicalCriticalServices", ids(risk.impact().clinicalCriticalServices()));
            data.put("explanation", List.copyOf(risk.explanation()));
            return null;
        }

        @Override
        public Void approvalRequested(ChangeEvent.ApprovalRequested e) {
            CabApproval approval = e.approval();
            data.put("board", approval.board().id().value());
            data.put("boardName", approval.board().name());
            data.put("emergency", approval.board().emergency());
            data.put("rule", approval.rule().describe(approval.board()));
            data.put("awaited", approval.awaited().stream().map(m -> m.value()).sorted().toList());
            return null;
        }

        @Override
        public Void voteCast(ChangeEvent.VoteCast e) {
            data.put("member", e.vote().member().value());
            data.put("choice", e.vote().choice().name());
            data.put("comment", e.vote().comment());
            return null;
        }

        @Override
        public Void cabDecided(ChangeEvent.CabDecided e) {
            data.put("decision", e.decision().name());
            return null;
        }

        @Override
        public Void scheduled(ChangeEvent.Scheduled e) {
            window(e.window());
            data.put("conflictOverride", e.conflictOverride().orElse(null));
            return null;
        }

        @Override
        public Void implementationStarted(ChangeEvent.ImplementationStarted e) {
            return null;
        }

        @Override
        public Void implemented(ChangeEvent.Implemented e) {
            return null;
        }

        @Override
        public Void failed(ChangeEvent.Failed e) {
            data.put("reason", e.reason());
            data.put("backoutRan", e.backoutRan());
            return null;
        }

        @Override
        public Void backedOut(ChangeEvent.BackedOut e) {
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void reviewed(ChangeEvent.Reviewed e) {
            PostImplementationReview review = e.review();
            data.put("successful", review.successful());
            data.put("incidentsCaused", ids(review.incidentsCaused()));
            data.put("lessons", review.lessons());
            data.put("retrospective", review.retrospective().orElse(null));
            return null;
        }

        @Override
        public Void closed(ChangeEvent.Closed e) {
            return null;
        }

        @Override
        public Void cancelled(ChangeEvent.Cancelled e) {
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void problemLinked(ChangeEvent.ProblemLinked e) {
            data.put("problem", e.problemId().toString());
            return null;
        }

        @Override
        public Void incidentLinked(ChangeEvent.IncidentLinked e) {
            data.put("incident", e.link().incident().toString());
            data.put("relation", e.link().relation().name());
            return null;
        }

        private void plans(ChangePlans plans) {
            data.put("implementationPlan", plans.implementation());
            data.put("backoutPlan", plans.backout().orElse(null));
            data.put("testPlan", plans.test().orElse(null));
        }

        private void window(PlannedWindow window) {
            data.put("windowStart", instant(window.start()));
            data.put("windowEnd", instant(window.end()));
        }
    }
}
