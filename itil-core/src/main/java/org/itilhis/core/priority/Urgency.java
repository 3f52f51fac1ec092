package org.itilhis.core.priority;

/**
 * ITIL urgency: how quickly the incident hurts patient care if nothing is done. The levels
 * are data, defined by the hospital's {@link PriorityMatrix}; the constants are the four
 * levels of the default matrix, most urgent first.
 *
 * <p>The code is stripped, upper-cased and made of {@code A-Z}, {@code 0-9} and
 * {@code _} only, at most 64 characters; anything else throws
 * {@link IllegalArgumentException}.
 *
 * @param code the level's stable name, e.g. {@code DEGRADED}
 */
public record Urgency(String code) {
    /** Clinicians cannot treat, order, dispense or document: care has stopped. */
    public static final Urgency PATIENT_CARE_STOPPED = new Urgency("PATIENT_CARE_STOPPED");
    /** Care goes on through workarounds or paper, with real delay or risk. */
    public static final Urgency SEVERELY_DEGRADED = new Urgency("SEVERELY_DEGRADED");
    /** Care goes on, slower or less comfortably. */
    public static final Urgency DEGRADED = new Urgency("DEGRADED");
    /** Administrative or cosmetic: patients do not notice. */
    public static final Urgency NO_CLINICAL_EFFECT = new Urgency("NO_CLINICAL_EFFECT");

    public Urgency {
        code = LevelCodes.normalise(code, "urgency");
    }

    public static Urgency of(String code) {
        return new Urgency(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
