package org.itilhis.core.priority;

/**
 * ITIL impact: how much of the hospital an incident affects. The levels are data, defined
 * by the hospital's {@link PriorityMatrix}; the constants are the four levels of the
 * default matrix, widest first.
 *
 * <p>The code is stripped, upper-cased and made of {@code A-Z}, {@code 0-9} and
 * {@code _} only, at most 64 characters; anything else throws
 * {@link IllegalArgumentException}.
 *
 * @param code the level's stable name, e.g. {@code ONE_DEPARTMENT}
 */
public record Impact(String code) {
    /** Hospital-wide: the HIS, the network core, the telephone system. */
    public static final Impact WHOLE_HOSPITAL = new Impact("WHOLE_HOSPITAL");
    /** Several departments or a whole building. */
    public static final Impact SEVERAL_DEPARTMENTS = new Impact("SEVERAL_DEPARTMENTS");
    /** One ward, clinic or administrative department. */
    public static final Impact ONE_DEPARTMENT = new Impact("ONE_DEPARTMENT");
    /** A single member of staff or one workstation. */
    public static final Impact ONE_PERSON = new Impact("ONE_PERSON");

    public Impact {
        code = LevelCodes.normalise(code, "impact");
    }

    public static Impact of(String code) {
        return new Impact(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
