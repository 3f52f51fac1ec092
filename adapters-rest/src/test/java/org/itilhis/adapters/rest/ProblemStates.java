package org.itilhis.adapters.rest;

import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import com.fasterxml.jackson.databind.JsonNode;
import org.itilhis.core.shared.GroupId;

/**
 * Brings a problem over HTTP into the state a test needs (compare {@code ProblemWorkflows}):
 * logged by problem manager Zhao for a group, then worked step by step by him.
 */
final class ProblemStates {
    private final ProblemDesk problems;

    ProblemStates(RunningApi api) {
        this.problems = new ProblemDesk(api);
    }

    /** The states a problem is brought into, each one step after the one before. */
    enum State {
        LOGGED(null, null),
        UNDER_INVESTIGATION(LOGGED, "investigate"),
        ROOT_CAUSE_KNOWN(UNDER_INVESTIGATION, "identify-root-cause"),
        /** The root cause known and a workaround recorded, ready to publish. */
        WITH_WORKAROUND(ROOT_CAUSE_KNOWN, "record-workaround"),
        KNOWN_ERROR(WITH_WORKAROUND, "publish-known-error"),
        /** A known error with its permanent fix recorded, ready to resolve. */
        FIXED(KNOWN_ERROR, "record-permanent-fix"),
        RESOLVED(FIXED, "resolve");

        private final State previous;
        private final String step;

        State(State previous, String step) {
            this.previous = previous;
            this.step = step;
        }
    }

    /** A problem of {@code group}, managed by Zhao, in {@code state}, as he reads it. */
    JsonNode bring(GroupId group, State state) {
        if (state == State.LOGGED) {
            return problems.log(ProblemDesk.problem("Printers of " + group.value() + " jam", "printer", group));
        }
        JsonNode problem = bring(group, state.previous);
        Object body = switch (state) {
            case ROOT_CAUSE_KNOWN -> object().put("category", "HARDWARE").put("statement", "Worn rollers");
            case WITH_WORKAROUND -> object().put("workaround", "Feed one sheet at a time");
            case FIXED -> object().put("permanentFix", "New rollers for every printer");
            case RESOLVED -> object().put("note", "Rollers replaced");
            default -> null;
        };
        return problems.step(PROBLEM_MANAGER_ZHAO, problem, state.step, body);
    }
}
