package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How the work is done, undone and checked. A draft may lack its backout and test plans;
 * submitting needs both (the guards {@link ChangeWorkflows#BACKOUT_PLAN_GIVEN} and
 * {@link ChangeWorkflows#TEST_PLAN_GIVEN}), because a CAB must never approve work that cannot
 * be undone, and nobody can say "implemented" without saying how it was tested.
 */
public record ChangePlans(String implementation, Optional<String> backout, Optional<String> test) {
    public static final int MAX_PLAN = 8000;

    public ChangePlans {
        implementation = ChangeDetails.text(implementation, "implementation", MAX_PLAN);
        checkNotNull(backout, "backout");
        checkNotNull(test, "test");
        backout = backout.map(String::strip).filter(s -> !s.isEmpty()).map(s -> ChangeDetails.text(s, "backout", MAX_PLAN));
        test = test.map(String::strip).filter(s -> !s.isEmpty()).map(s -> ChangeDetails.text(s, "test", MAX_PLAN));
    }

    /** All three plans; a blank backout or test plan counts as absent. */
    public static ChangePlans of(String implementation, String backout, String test) {
        return new ChangePlans(implementation, Optional.ofNullable(backout), Optional.ofNullable(test));
    }
}
