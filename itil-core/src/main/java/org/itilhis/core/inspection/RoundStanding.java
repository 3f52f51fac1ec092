package org.itilhis.core.inspection;

import java.time.Instant;

/** Where an inspection round stands at a given instant, as the queries and the completion rates read it. */
public enum RoundStanding {
    /** Not recorded, its due time not passed. */
    DUE,
    /** Not recorded, its due time passed but not its grace: it may still be recorded, late. */
    OVERDUE,
    /** Recorded by its due time. */
    ON_TIME,
    /** Recorded after its due time, within the grace. */
    LATE,
    /** Not recorded by its due time plus the grace. */
    MISSED;

    /** The standing of {@code round} at {@code now}. */
    public static RoundStanding of(InspectionRound round, Instant now) {
        return switch (round.status()) {
            case RECORDED -> round.performedAt().orElseThrow().isAfter(round.due()) ? LATE : ON_TIME;
            case MISSED -> MISSED;
            case DUE -> now.isAfter(round.closes()) ? MISSED : now.isAfter(round.due()) ? OVERDUE : DUE;
        };
    }
}
