package org.itilhis.core.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * The additive workload counters of one slice of work (an engineer's in one group on one day
 * for the callers of one department, say, or any sum of such slices). Every figure of the
 * workload report is one of these counters or a ratio of two of them, so that sums over
 * engineers, groups and departments add up exactly.
 *
 * @param accepted             tickets taken by the engineer (the first response)
 * @param resolved             tickets resolved
 * @param escalated            functional escalations to a group of the next tier
 * @param reassignedAway       reassignments of a ticket that had been dispatched before, counted
 *                             for who reassigned it in the group that had it
 * @param contactsLogged       service desk contacts logged
 * @param solvedAtFirstContact contacts resolved at first contact
 * @param minutesWorked        minutes of the work log entries
 * @param workLogEntries       how many work log entries those minutes came from
 * @param reopened             resolved tickets reopened, counted for who had resolved them
 * @param pingPong             tickets moved between groups a third time (bounced more than twice),
 *                             counted once per ticket for who moved it
 * @param slaMet               tickets closed without a logged SLA breach, counted for who resolved them
 * @param slaBreached          tickets closed after a logged SLA breach, counted for who resolved them
 * @param ratings              satisfaction ratings, counted for who resolved the ticket
 * @param ratingPoints         the sum of those ratings' scores (1 to 5 each)
 * @param operations           the operations records' work: inspection rounds, repairs, backup runs,
 *                             restore tests, stock issues (issue 18)
 */
public record WorkCounts(long accepted, long resolved, long escalated, long reassignedAway, long contactsLogged,
                         long solvedAtFirstContact, long minutesWorked, long workLogEntries, long reopened,
                         long pingPong, long slaMet, long slaBreached, long ratings, long ratingPoints,
                         OperationsWork operations) {
    public static final WorkCounts ZERO = new WorkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The ticket and contact counters, without operations work. */
    public WorkCounts(long accepted, long resolved, long escalated, long reassignedAway, long contactsLogged,
                      long solvedAtFirstContact, long minutesWorked, long workLogEntries, long reopened,
                      long pingPong, long slaMet, long slaBreached, long ratings, long ratingPoints) {
        this(accepted, resolved, escalated, reassignedAway, contactsLogged, solvedAtFirstContact, minutesWorked,
                workLogEntries, reopened, pingPong, slaMet, slaBreached, ratings, ratingPoints, OperationsWork.ZERO);
    }

    public WorkCounts {
        checkNotNull(operations, "operations");
        checkArgument(accepted >= 0 && resolved >= 0 && escalated >= 0 && reassignedAway >= 0
                && contactsLogged >= 0 && solvedAtFirstContact >= 0 && minutesWorked >= 0 && workLogEntries >= 0
                && reopened >= 0 && pingPong >= 0 && slaMet >= 0 && slaBreached >= 0 && ratings >= 0
                && ratingPoints >= 0, "negative workload counter");
    }

    /** The counters of both slices together. */
    public WorkCounts plus(WorkCounts other) {
        return new WorkCounts(accepted + other.accepted, resolved + other.resolved, escalated + other.escalated,
                reassignedAway + other.reassignedAway, contactsLogged + other.contactsLogged,
                solvedAtFirstContact + other.solvedAtFirstContact, minutesWorked + other.minutesWorked,
                workLogEntries + other.workLogEntries, reopened + other.reopened, pingPong + other.pingPong,
                slaMet + other.slaMet, slaBreached + other.slaBreached, ratings + other.ratings,
                ratingPoints + other.ratingPoints, operations.plus(other.operations));
    }

    /** Operations work alone. */
    public static WorkCounts of(OperationsWork operations) {
        return new WorkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, operations);
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    /** Tickets worked: accepted, resolved, escalated and reassigned away. */
    public long ticketsWorked() {
        return accepted + resolved + escalated + reassignedAway;
    }

    /** Contacts solved at first contact per contact logged; empty without contacts. */
    public OptionalDouble firstContactResolutionRate() {
        return ratio(solvedAtFirstContact, contactsLogged);
    }

    /** Reopenings per resolution; empty without resolutions. */
    public OptionalDouble reopenRate() {
        return ratio(reopened, resolved);
    }

    /** Tickets closed within their SLA per ticket closed; empty without closures. */
    public OptionalDouble slaCompliance() {
        return ratio(slaMet, slaMet + slaBreached);
    }

    /** The mean satisfaction score, 1 to 5; empty without ratings. */
    public OptionalDouble meanSatisfaction() {
        return ratio(ratingPoints, ratings);
    }

    private static OptionalDouble ratio(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    /** Builds counters one field at a time; for the projection and tests. */
    public static Builder builder() {
        return new Builder();
    }

    /** A mutable tally of counters, turned into {@link WorkCounts} by {@link #build()}. */
    public static final class Builder {
        long accepted;
        long resolved;
        long escalated;
        long reassignedAway;
        long contactsLogged;
        long solvedAtFirstContact;
        long minutesWorked;
        long workLogEntries;
        long reopened;
        long pingPong;
        long slaMet;
        long slaBreached;
        long ratings;
        long ratingPoints;
        OperationsWork operations = OperationsWork.ZERO;

        private Builder() {
        }

        public Builder add(WorkCounts c) {
            accepted += c.accepted;
            resolved += c.resolved;
            escalated += c.escalated;
            reassignedAway += c.reassignedAway;
            contactsLogged += c.contactsLogged;
            solvedAtFirstContact += c.solvedAtFirstContact;
            minutesWorked += c.minutesWorked;
            workLogEntries += c.workLogEntries;
            reopened += c.reopened;
            pingPong += c.pingPong;
            slaMet += c.slaMet;
            slaBreached += c.slaBreached;
            ratings += c.ratings;
            ratingPoints += c.ratingPoints;
            operations = operations.plus(c.operations);
            return this;
        }

        public WorkCounts build() {
            return new WorkCounts(accepted, resolved, escalated, reassignedAway, contactsLogged, solvedAtFirstContact,
                    minutesWorked, workLogEntries, reopened, pingPong, slaMet, slaBreached, ratings, ratingPoints,
                    operations);
        }
    }

    public static WorkCounts oneAccepted() {
        return new WorkCounts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkCounts oneResolved() {
        return new WorkCounts(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkCounts oneEscalated() {
        return new WorkCounts(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkCounts oneReassignedAway() {
        return new WorkCounts(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkCounts oneContactLogged() {
        return new WorkCounts(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkCounts oneSolvedAtFirstContact() {
        return new WorkCounts(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static WorkCounts work(int minutes) {
        checkArgument(minutes > 0, "minutes %s", minutes);
        return new WorkCounts(0, 0, 0, 0, 0, 0, minutes, 1, 0, 0, 0, 0, 0, 0);
    }

    public static WorkCounts oneReopened() {
        return new WorkCounts(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
    }

    public static WorkCounts onePingPong() {
        return new WorkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);
    }

    public static WorkCounts oneClosed(boolean met) {
        return new WorkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, met ? 1 : 0, met ? 0 : 1, 0, 0);
    }

    public static WorkCounts oneRating(int score) {
        checkArgument(score >= 1 && score <= 5, "score %s", score);
        return new WorkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, score);
    }
}
