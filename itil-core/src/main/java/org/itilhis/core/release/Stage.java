package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One stage a release passes through, such as {@code pilot-ward}: a kebab-case name, unique
 * within its {@link StagePlan}. The hospital-wide stage is the one whose go puts the release
 * in front of every ward, so its go is refused while a bundled change is not approved.
 *
 * @param hospitalWide whether this stage reaches the whole hospital; a plan has exactly one
 */
public record Stage(String name, boolean hospitalWide) {
    public Stage {
        checkNotNull(name, "name");
        name = name.strip();
        checkArgument(name.matches("[a-z][a-z0-9-]{0,39}"), "stage name %s is not kebab-case (at most 40 characters)",
                name);
    }

    /** A stage that reaches part of the hospital, or none of it (build, test, a pilot ward). */
    public static Stage of(String name) {
        return new Stage(name, false);
    }

    /** The stage that reaches every ward. */
    public static Stage hospitalWide(String name) {
        return new Stage(name, true);
    }

    @Override
    public String toString() {
        return name;
    }
}
