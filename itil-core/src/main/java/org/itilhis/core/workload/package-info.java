/**
 * The workload figures (issue 17): how much work each engineer, group and department does, and
 * how much of the time worked was normal, overtime or holiday time.
 *
 * <p>{@link org.itilhis.core.workload.WorkCounts} are the additive counters the report sums
 * (tickets accepted, resolved, escalated and reassigned away, contacts logged and solved at
 * first contact, minutes worked, reopenings, ping-pong tickets, SLA outcomes, ratings); every
 * figure of a report is a sum of counters or a ratio of two sums, so that the figures of the
 * engineers add up to their group's and the groups' to the hospital's. A figure that a later
 * practice brings (inspections done, when the operations records land) is a new counter and a
 * new handler of that practice's events, not a placeholder here.
 *
 * <p>{@link org.itilhis.core.workload.TimeSplit} divides worked time into normal, overtime and
 * holiday time by the roster's duties and the business calendar, under
 * {@link org.itilhis.core.workload.SplitRules} that are data and explain themselves.
 */
package org.itilhis.core.workload;
