/**
 * Application services of the reporting practice: the {@link
 * org.itilhis.ports.reporting.service.WorkloadProjection} that follows the event log into the
 * workload facts, the query service that sums them into the workload report, and the {@link
 * org.itilhis.ports.reporting.service.Reporting} facade that wires them.
 *
 * <p><b>Attribution.</b> Every counted event is counted once, for one engineer in one group on
 * one day (the hospital zone's date of the event; of a work log entry's {@code at}): tickets
 * accepted and resolved for who did it in the ticket's owning group then; an escalation, a
 * reassignment away and a ticket's third move to another group (ping-pong) for who moved it, in
 * the group it left; minutes worked for the entry's engineer in the owning group when logged;
 * reopenings, SLA outcomes at closure (met unless a breach of any of its clocks was logged
 * before) and ratings for who last resolved the ticket, in the group they resolved it in;
 * contacts logged and solved at first contact for the agent, in their first group by id (none
 * when in none). The operations records' work (issue 18, {@code OperationsAttribution}): rounds
 * recorded (and late) for who performed them in the round's group on the day recorded, rounds
 * missed for the round's group and no one (the system's fact, the report's row of no one), backup
 * runs recorded by a person and restore tests in the job's group, repairs opened and closed and
 * stock issues in the doer's first group. An engineer in two groups thus adds their work to each
 * group as it was done there, and the sums over engineers, over groups and over departments all
 * equal the total.
 *
 * <p><b>Speed.</b> The projection stores one fact row per day, engineer, group and the two
 * departments with any work (tens of thousands of rows a month for a large hospital, whatever
 * the number of events) and one interval row per work log entry. A report sums the period's
 * rows by every dimension at once ({@link org.itilhis.ports.reporting.out.WorkloadFacts#sumsByEveryDimension}:
 * one {@code GROUP BY GROUPING SETS} on PostgreSQL, one GROUP BY per dimension elsewhere; primary
 * key leading with the day, indexes by engineer and by group for the narrower scopes) and reads
 * the period's intervals once, which it splits against the roster's duties in Java; so it reads
 * no event and no ticket. Over a hospital year (1,000,000 tickets, 6.3 million events) the
 * whole hospital's month answers in 0.4 to 0.7 s at the median ({@code WorkloadReportBenchmark}).
 *
 * <p><b>Cluster safety.</b> A projection batch reads the position, the events after it and the
 * tracks of their tickets, and stores the counters, the tracks and the new position in one
 * transaction whose position update refuses a position that moved meanwhile ({@link
 * org.itilhis.ports.reporting.out.WorkloadFacts#apply}): of two overlapping runs one applies
 * each batch and the other stops. {@link org.itilhis.ports.reporting.service.WorkloadProjection#rebuild()}
 * starts again from the beginning of the log.
 */
package org.itilhis.ports.reporting.service;
