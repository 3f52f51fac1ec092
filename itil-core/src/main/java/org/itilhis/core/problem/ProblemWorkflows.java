package org.itilhis.core.problem;

import static org.itilhis.core.problem.ProblemAction.ADD_ANALYSIS_STEP;
import static org.itilhis.core.problem.ProblemAction.APPLY_WORKAROUND;
import static org.itilhis.core.problem.ProblemAction.CANCEL;
import static org.itilhis.core.problem.ProblemAction.CLOSE;
import static org.itilhis.core.problem.ProblemAction.IDENTIFY_ROOT_CAUSE;
import static org.itilhis.core.problem.ProblemAction.INVESTIGATE;
import static org.itilhis.core.problem.ProblemAction.PUBLISH_KNOWN_ERROR;
import static org.itilhis.core.problem.ProblemAction.RECORD_PERMANENT_FIX;
import static org.itilhis.core.problem.ProblemAction.RECORD_WORKAROUND;
import static org.itilhis.core.problem.ProblemAction.REOPEN;
import static org.itilhis.core.problem.ProblemAction.RESOLVE;
import static org.itilhis.core.problem.ProblemStatus.CANCELLED;
import static org.itilhis.core.problem.ProblemStatus.CLOSED;
import static org.itilhis.core.problem.ProblemStatus.KNOWN_ERROR;
import static org.itilhis.core.problem.ProblemStatus.LOGGED;
import static org.itilhis.core.problem.ProblemStatus.RESOLVED;
import static org.itilhis.core.problem.ProblemStatus.ROOT_CAUSE_KNOWN;
import static org.itilhis.core.problem.ProblemStatus.UNDER_INVESTIGATION;

import java.util.HashSet;
import java.util.Set;
import org.itilhis.core.workflow.Guard;
import org.itilhis.core.workflow.Workflow;

/**
 * The lifecycle of a problem, declared as data:
 * <pre>
 * LOGGED -investigate-> UNDER_INVESTIGATION -identify root cause-> ROOT_CAUSE_KNOWN
 *   -publish known error [workaround recorded]-> KNOWN_ERROR
 * ROOT_CAUSE_KNOWN or KNOWN_ERROR -resolve [permanent fix recorded]-> RESOLVED -close-> CLOSED
 * RESOLVED -reopen-> UNDER_INVESTIGATION;  any open state -cancel-> CANCELLED
 * </pre>
 * Decisions:
 * <ul>
 *   <li>Reaching "root cause known" needs the cause's category and statement, given with the
 *       step (required fields). A workaround or a permanent fix can be recorded only once the
 *       cause is known, so a workaround on a problem without a cause is refused naming the
 *       steps allowed.</li>
 *   <li>Publishing is the step to KNOWN_ERROR itself, guarded by a recorded workaround: a known
 *       error the desk sees always has one. Only a known error's workaround can be applied by
 *       the desk.</li>
 *   <li>A problem whose cause is known can be resolved without ever being a known error, when
 *       the permanent fix came before any workaround was needed; resolving needs the permanent
 *       fix recorded (guard) and a note of what was done.</li>
 *   <li>Reopen only from RESOLVED, back to UNDER_INVESTIGATION: the fix did not hold while the
 *       problem was watched, so the cause believed found is in doubt; the analysis and
 *       workaround are kept as the starting point, the fix and the resolution are forgotten
 *       (they stay in the event log). CLOSED is terminal: a recurrence after closure is a new
 *       problem, which keeps closed problems' figures stable.</li>
 * </ul>
 */
public final class ProblemWorkflows {
    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
    public static final String CAUSE_CATEGORY = "causeCategory";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String WORKAROUND = "workaround";
    public static final String PERMANENT_FIX = "permanentFix";
    public static final String APPLIED_TO = "appliedTo";
    public static final String RESOLUTION_NOTE = "resolutionNote";
    public static final String REASON = "reason";

    /** A known error the desk sees always comes with a workaround. */
    public static final Guard<Problem> WORKAROUND_RECORDED = Guard.of("workaround-recorded",
            "a workaround is recorded", p -> p.analysis().workaround().isPresent());

    /** A problem is resolved by a permanent fix, not by its workaround. */
    public static final Guard<Problem> PERMANENT_FIX_RECORDED = Guard.of("permanent-fix-recorded",
            "a permanent fix is recorded", p -> p.analysis().permanentFix().isPresent());

    public static final Workflow<ProblemStatus, ProblemAction, Problem> PROBLEM = declare();

    private ProblemWorkflows() {
    }

    /**
     * The names of the fields whose values are given: not null, and not blank for text. Takes
     * names and values in pairs, as {@code present(QUESTION, question, ANSWER, answer)}.
     */
    static Set<String> present(Object... namesAndValues) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                names.add((String) namesAndValues[i]);
            }
        }
        return names;
    }

    private static Workflow<ProblemStatus, ProblemAction, Problem> declare() {
        return Workflow.<ProblemStatus, ProblemAction, Problem>builder("problem", ProblemStatus.class,
                        ProblemAction.class)
                .initial(LOGGED)
                .terminal(CLOSED, CANCELLED)
                .field(QUESTION, "the question an analysis step asks")
                .field(ANSWER, "the answer the analysis step found")
                .field(CAUSE_CATEGORY, "the category of the root cause")
                .field(ROOT_CAUSE, "the statement of the root cause")
                .field(WORKAROUND, "how the desk gets callers working meanwhile")
                .field(PERMANENT_FIX, "what removes the cause")
                .field(APPLIED_TO, "the contact or ticket the workaround was applied to")
                .field(RESOLUTION_NOTE, "what was done to resolve the problem")
                .field(REASON, "why, in the actor's words")
                .on(INVESTIGATE).from(LOGGED).to(UNDER_INVESTIGATION)
                .on(ADD_ANALYSIS_STEP).from(UNDER_INVESTIGATION, ROOT_CAUSE_KNOWN, KNOWN_ERROR)
                        .requires(QUESTION, ANSWER).stay()
                .on(IDENTIFY_ROOT_CAUSE).from(UNDER_INVESTIGATION, ROOT_CAUSE_KNOWN)
                        .requires(CAUSE_CATEGORY, ROOT_CAUSE).to(ROOT_CAUSE_KNOWN)
                .on(RECORD_WORKAROUND).from(ROOT_CAUSE_KNOWN, KNOWN_ERROR).requires(WORKAROUND).stay()
                .on(PUBLISH_KNOWN_ERROR).from(ROOT_CAUSE_KNOWN).when(WORKAROUND_RECORDED).to(KNOWN_ERROR)
                .on(APPLY_WORKAROUND).from(KNOWN_ERROR).requires(APPLIED_TO).stay()
                .on(RECORD_PERMANENT_FIX).from(ROOT_CAUSE_KNOWN, KNOWN_ERROR).requires(PERMANENT_FIX).stay()
                .on(RESOLVE).from(ROOT_CAUSE_KNOWN, KNOWN_ERROR).requires(RESOLUTION_NOTE)
                        .when(PERMANENT_FIX_RECORDED).to(RESOLVED)
                .on(CLOSE).from(RESOLVED).to(CLOSED)
                .on(REOPEN).from(RESOLVED).requires(REASON).to(UNDER_INVESTIGATION)
                .on(CANCEL).from(LOGGED, UNDER_INVESTIGATION, ROOT_CAUSE_KNOWN, KNOWN_ERROR).requires(REASON)
                        .to(CANCELLED)
                .build();
    }
}
