package org.itilhis.ports.problem.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.itilhis.core.problem.detection.CandidateProblem;
import org.itilhis.core.problem.detection.Dismissal;
import org.itilhis.core.shared.Actor;

/**
 * Proactive problem detection for the problem manager: the candidate problems found now in the
 * incidents of the last days (by the hospital's detection rules, minus what was dismissed and
 * the incidents already linked to a problem), each to accept (a problem logged with its
 * incidents linked) or to dismiss with a reason (its incidents do not come back; new ones
 * reaching the rule's threshold again do).
 *
 * @throws org.itilhis.core.access.NotPermittedException without {@code VIEW_CANDIDATE_PROBLEMS}
 *         (to list) or {@code DECIDE_CANDIDATE_PROBLEMS} (to accept or dismiss)
 * @throws CandidateNotFoundException when the rule and key name no candidate now
 */
public interface CandidateProblems {
    /** The candidates now: per rule in the rules' order, then by key, each with its incidents oldest first. */
    List<CandidateProblem> candidates(Actor actor);

    /** Logs {@code command.problem()} with the candidate's incidents linked besides those it names. */
    ProblemView accept(Accept command);

    /** Records the dismissal of the candidate with its reason and who dismissed it, at the time of the clock. */
    void dismiss(Dismiss command);

    /**
     * Every dismissal, oldest first: which rule and key, when, by whom and why; for those who
     * may see the candidates.
     */
    List<Dismissal> dismissals(Actor actor);

    /** Accepting a candidate: the problem to log, its actor the one accepting. */
    record Accept(@NotBlank @Size(max = 64) String rule, @NotBlank @Size(max = 300) String key,
                  @NotNull @Valid LogProblem problem) {
        public Actor actor() {
            return problem.actor();
        }
    }

    record Dismiss(@NotNull Actor actor, @NotBlank @Size(max = 64) String rule, @NotBlank @Size(max = 300) String key,
                   @NotBlank @Size(max = 2000) String reason) {
    }
}
