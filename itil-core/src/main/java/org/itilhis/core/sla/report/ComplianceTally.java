package org.itilhis.core.sla.report;

import java.util.Arrays;
import java.util.Optional;
import org.itilhis.core.sla.ClockState;

/**
 * The {@link ComplianceFigures} of a group of tickets, counted one standing at a time: a
 * report adds each ticket to the tallies of its groups in one pass, instead of listing the
 * members of every group first (at 100,000 tickets the lists cost more than the counting).
 */
final class ComplianceTally {
    private int tickets;
    private final Clock response = new Clock();
    private final Clock resolution = new Clock();

    void add(TicketStanding standing) {
        tickets++;
        response.add(standing.response());
        resolution.add(standing.resolution());
    }

    ComplianceFigures figures() {
        return new ComplianceFigures(tickets, response.compliance(), resolution.compliance(),
                response.doneStatistics(), resolution.doneStatistics());
    }

    /** One kind of clock: counts by state, open breaches, and the elapsed times of the done ones. */
    static final class Clock {
        private final int[] byState = new int[ClockState.values().length];
        private int breachedOpen;
        private long[] done = new long[16]; // nanoseconds
        private int doneCount;

        void add(ClockStanding clock) {
            byState[clock.state().ordinal()]++;
            breachedOpen += clock.state() == ClockState.BREACHED && clock.isOpen() ? 1 : 0;
            if (clock.doneElapsed().isPresent()) {
                if (doneCount == done.length) {
                    done = Arrays.copyOf(done, doneCount * 2);
                }
                done[doneCount++] = clock.doneElapsed().get().toNanos();
            }
        }

        Optional<BusinessTimeStatistics> doneStatistics() {
            return BusinessTimeStatistics.ofNanos(Arrays.copyOf(done, doneCount), doneCount);
        }

        ClockCompliance compliance() {
            return new ClockCompliance(byState[ClockState.MET.ordinal()], byState[ClockState.BREACHED.ordinal()],
                    breachedOpen, byState[ClockState.RUNNING.ordinal()], byState[ClockState.PAUSED.ordinal()],
                    byState[ClockState.CANCELLED.ordinal()]);
        }
    }
}
