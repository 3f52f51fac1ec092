/**
 * The inspection rounds (巡检, issue 18): checklist templates kept as data per assignment group
 * and versioned, the schedules that make rounds fall due on the group's business calendar, and
 * the rounds themselves, recorded once with a result per item of the template version they were
 * made from, or missed when not recorded by their due time plus the schedule's grace.
 */
package org.itilhis.core.inspection;
