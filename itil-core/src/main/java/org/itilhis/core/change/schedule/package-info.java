/**
 * The change schedule and its conflict checks: blackout and maintenance windows as calendar data
 * attached to configuration items ({@link org.itilhis.core.change.schedule.ChangeWindow}), a change
 * as the schedule sees it ({@link org.itilhis.core.change.schedule.ScheduledChange}), and
 * {@link org.itilhis.core.change.schedule.ScheduleCheck}, which finds, with the CMDB's relationship
 * graph and impact analysis, the changes that fall in a blackout of what they touch or impact, that
 * overlap another change on the same or a nearby item, or that together take a service down
 * although each alone would not. The change aggregate decides what a conflict means (an emergency
 * may override a blackout); this package only finds and explains them.
 *
 * <p>It also holds {@link org.itilhis.core.change.schedule.ChangeConfigurationEvent}, what the event
 * log records when a board, a template or a window is defined or a window removed: the one package
 * that sees boards and templates ({@code core.change}) as well as windows without a cycle.
 */
package org.itilhis.core.change.schedule;
