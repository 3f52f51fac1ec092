package org.itilhis.ports.reporting.in;

import org.itilhis.core.shared.Actor;

/**
 * The workload figures: how much work each engineer, group and department did over a period,
 * how it splits into normal, overtime and holiday time, and its quality.
 */
public interface WorkloadQueries {
    /**
     * The workload report of {@code request}'s period, of the work the actor may see with the
     * {@code VIEW_WORKLOAD} permission: everything (scope ANY), the work done in the actor's
     * groups (GROUP: every figure is of tickets while those groups held them, contacts logged
     * by their members, their duties), or the actor's own (OWN). Rows the actor may not see are
     * never in it, and its totals are the sums of the rows it shows. The projection is brought
     * up to date with the event log first. Each engineer row shown is recorded as a read of
     * that person's data ({@link org.itilhis.ports.common.PersonalDataReads}).
     *
     * @throws org.itilhis.ports.common.InvalidCommandException if the request is invalid (a missing date)
     * @throws org.itilhis.core.workload.ReportPeriodInvalidException if the period ends at or before
     *         its start, or is longer than 366 days
     * @throws org.itilhis.core.access.NotPermittedException without the VIEW_WORKLOAD permission
     */
    WorkloadReport report(Actor actor, WorkloadRequest request);
}
