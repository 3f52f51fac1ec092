package org.itilhis.adapters.rest.change;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.itilhis.adapters.rest.problemdetails.Actions;
import org.itilhis.core.change.CabApproval;
import org.itilhis.core.change.CabDecision;
import org.itilhis.core.change.ChangeAction;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeSnapshot;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.Consequence;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.PostImplementationReview;
import org.itilhis.core.change.RiskAssessment;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.Vote;
import org.itilhis.ports.change.in.ChangeView;

/**
 * A change as its reader sees it: the request (plans, touched items, window, expected outage),
 * the risk with its explanation, the board's approval with every vote, the schedule override,
 * failure, review and links, and the steps allowed now as path segments ({@code
 * request-approval}).
 */
public record ChangeJson(String id, String number, ChangeModel model, ChangeStatus status, String template,
                         String summary, String description, String implementationPlan, String backoutPlan,
                         String testPlan, List<String> touchedCis, Instant windowStart, Instant windowEnd,
                         ExpectedOutage.Kind outage, String outageDuration, String requester, String group,
                         String manager, ChangeRiskJson risk, CabApprovalJson approval, Instant submittedAt,
                         Instant approvalRequestedAt, String conflictOverride, String failureReason,
                         boolean backoutRan, ChangeReviewJson review, String cancellation, List<String> problems,
                         List<LinkedIncidentJson> incidents, Instant raisedAt, Instant updatedAt, long version,
                         List<String> allowedActions) {

    public static ChangeJson of(ChangeView view) {
        ChangeSnapshot s = view.state();
        ChangeRequest r = s.request();
        return new ChangeJson(s.id().value().toString(), s.number().toString(), s.model(), s.status(),
                s.template().map(ChangeTemplate::code).orElse(null), r.details().summary(), r.details().description(),
                r.plans().implementation(), r.plans().backout().orElse(null), r.plans().test().orElse(null),
                r.touchedCis().stream().map(ci -> ci.value().toString()).sorted().toList(), r.window().start(),
                r.window().end(), r.outage().kind(), r.outage().duration().map(Object::toString).orElse(null),
                r.requester().value(), r.group().value(), r.manager().value(),
                s.risk().map(ChangeRiskJson::of).orElse(null), s.approval().map(CabApprovalJson::of).orElse(null),
                s.submittedAt().orElse(null), s.approvalRequestedAt().orElse(null), s.conflictOverride().orElse(null),
                s.failureReason().orElse(null), s.backoutRan(), s.review().map(ChangeReviewJson::of).orElse(null),
                s.cancellation().orElse(null), s.problems().stream().map(p -> p.value().toString()).sorted().toList(),
                s.incidents().stream().map(l -> new LinkedIncidentJson(l.incident().value().toString(),
                        l.relation())).toList(), s.raisedAt(), s.updatedAt(), view.version(),
                allowed(view.allowedActions()));
    }

    /** The steps allowed now, as the path segments of their endpoints: the board's decision is taken by {@code vote}. */
    static List<String> allowed(Set<ChangeAction> actions) {
        Set<String> segments = new LinkedHashSet<>();
        for (ChangeAction action : ChangeAction.values()) {
            if (actions.contains(action)) {
                segments.add(switch (action) {
                    case SUBMIT_STANDARD -> "submit";
                    case APPROVE, REJECT -> "vote";
                    default -> Actions.pathSegment(action.name());
                });
            }
        }
        return List.copyOf(segments);
    }

    /** The risk: the assessor's likelihood and why, the consequence from the CMDB and the level, with each input explained. */
    public record ChangeRiskJson(Likelihood likelihood, String likelihoodReason, Consequence consequence,
                                 String consequenceRule, RiskLevel level, List<String> businessServices,
                                 List<String> clinicalCriticalServices, List<String> explanation) {
        static ChangeRiskJson of(RiskAssessment risk) {
            return new ChangeRiskJson(risk.likelihood(), risk.likelihoodReason(), risk.consequence(),
                    risk.consequenceRule(), risk.level(),
                    risk.impact().businessServices().stream().map(ci -> ci.value().toString()).sorted().toList(),
                    risk.impact().clinicalCriticalServices().stream().map(ci -> ci.value().toString()).sorted()
                            .toList(), risk.explanation());
        }
    }

    /** The board the change is (or was) before, its rule, the votes cast, the members awaited and the decision. */
    public record CabApprovalJson(String board, String boardName, boolean emergency, String rule,
                                  List<CabVoteCastJson> votes, List<String> awaited, CabDecision decision,
                                  Instant decidedAt) {
        static CabApprovalJson of(CabApproval approval) {
            return new CabApprovalJson(approval.board().id().value(), approval.board().name(),
                    approval.board().emergency(), approval.rule().describe(approval.board()),
                    approval.votes().stream().map(CabVoteCastJson::of).toList(),
                    approval.awaited().stream().map(m -> m.value()).sorted().toList(),
                    approval.decision().orElse(null), approval.decidedAt().orElse(null));
        }
    }

    /** One member's vote. */
    public record CabVoteCastJson(String member, Vote.Choice choice, String comment, Instant at) {
        static CabVoteCastJson of(Vote vote) {
            return new CabVoteCastJson(vote.member().value(), vote.choice(), vote.comment(), vote.at());
        }
    }

    /** The post-implementation review. */
    public record ChangeReviewJson(boolean successful, List<String> incidentsCaused, String lessons,
                                   String retrospective) {
        static ChangeReviewJson of(PostImplementationReview review) {
            return new ChangeReviewJson(review.successful(),
                    review.incidentsCaused().stream().map(t -> t.value().toString()).sorted().toList(),
                    review.lessons(), review.retrospective().orElse(null));
        }
    }

    /** One page of a change search; {@code next} is the cursor of the next page, absent on the last. */
    public record ChangePageJson(List<ChangeJson> items, String next) {
    }

    /** An incident the change caused or resolves. */
    public record LinkedIncidentJson(String incident, IncidentRelation relation) {
    }
}
