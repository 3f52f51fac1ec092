/**
 * The application services of the daily operations records, every command through the common
 * command pipeline; the cluster timers' work (rounds falling due and missed, backup runs missed);
 * the schedules ({@link org.itilhis.ports.operations.service.CronSchedule}); the facades that wire
 * each record's services from its ports.
 */
package org.itilhis.ports.operations.service;
