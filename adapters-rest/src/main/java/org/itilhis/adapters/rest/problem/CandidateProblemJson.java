package org.itilhis.adapters.rest.problem;

import java.time.Instant;
import java.util.List;
import org.itilhis.adapters.rest.servicedesk.TicketSummaryJson;
import org.itilhis.core.problem.detection.CandidateProblem;
import org.itilhis.core.problem.detection.Dismissal;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * A pattern proactive detection found, for the problem manager to accept or dismiss: its
 * {@code id} (for {@code accept} and {@code dismiss}), the {@code rule} that found it and the
 * {@code key} its incidents share ({@code ci:<id>}, {@code category:printer@<location>}), and
 * the incidents, oldest first, those the reader may see.
 */
public record CandidateProblemJson(String id, String rule, String key, List<TicketSummaryJson> incidents) {

    static CandidateProblemJson of(CandidateProblem candidate, List<TicketView> incidents) {
        return new CandidateProblemJson(CandidateId.of(candidate).token(), candidate.rule(), candidate.key(),
                incidents.stream().map(TicketSummaryJson::of).toList());
    }

    /** The candidates now: per rule in the rules' order, then by key. */
    public record CandidateProblemsJson(List<CandidateProblemJson> items) {
    }

    /**
     * A dismissed candidate: its rule and key, when and why, and who dismissed it ({@code null}
     * only for a dismissal stored before the dismisser was kept).
     */
    public record DismissalJson(String rule, String key, Instant dismissedAt, String dismissedBy, String reason) {
        static DismissalJson of(Dismissal dismissal) {
            return new DismissalJson(dismissal.rule(), dismissal.key(), dismissal.at(),
                    dismissal.dismissedBy().map(StaffId::value).orElse(null), dismissal.reason());
        }
    }

    /** Every dismissal, oldest first. */
    public record DismissalsJson(List<DismissalJson> items) {
    }
}
