package org.itilhis.adapters.rest.problemdetails;

import com.google.common.collect.ImmutableMap;

/**
 * The HTTP status of each stable domain code ({@code DomainException.code()}); never decided
 * from message text. 409 means the record's current state refuses the step (it may succeed
 * once the state changes); 422 means the request itself names something the rules refuse
 * (an unknown group, an engineer outside the group, a service request as a major incident),
 * whatever the state. A code this table does not know yet is a refused business rule: 409.
 */
public final class StatusByCode {
    private static final ImmutableMap<String, Integer> EXACT = ImmutableMap.<String, Integer>builder()
            .put("command.invalid", 400)
            .put("access.denied", 403)
            .put("workflow.illegal-transition", 409)
            .put("workflow.guard-failed", 409)
            .put("workflow.missing-field", 422)
            .put("ticket.closed", 409)
            .put("ticket.already-rated", 409)
            .put("ticket.rating-before-closure", 409)
            .put("ticket.quiet-period-not-elapsed", 409)
            .put("ticket.not-an-incident", 422)
            .put("priority.unknown-level", 422)
            // the desk has no SLA configuration yet: a state that saving one changes, not a missing record
            .put("sla.not-configured", 409)
            .put("cmdb.ci-not-found", 404)
            // a service request is never caused by a problem, whatever its state
            .put("problem.not-an-incident", 422)
            // dismissed or accepted meanwhile, or never found: no such candidate now
            .put("problem.candidate-not-found", 404)
            // another item holds the tag now; it may be freed by changing that item
            .put("cmdb.duplicate-asset-tag", 409)
            .put("cmdb.invalid-attributes", 422)
            .put("cmdb.class-change", 422)
            .put("cmdb.relationship-not-allowed", 422)
            // a year's notice is loaded once; a revision is a new calendar version
            .put("calendar.notice-year-loaded", 409)
            .put("calendar.no-arrangement", 422)
            // change management: what the request itself names wrongly, whatever the change's state
            .put("change.no-cis", 422)
            .put("change.window-ends-before-start", 422)
            .put("change.cab.not-a-member", 422)
            .put("change-window.ends-before-start", 422)
            .put("change-window.no-items", 422)
            .put("change-window.effective-until-before-from", 422)
            .put("change-schedule.ends-before-start", 422)
            .put("change-schedule.no-items", 422)
            // the request names a stage the release does not have, or versions to restore it does not need
            .put("release.unknown-stage", 422)
            .put("release.restore-version-unknown", 422)
            .put("release.restore-version-not-needed", 422)
            // the duty roster: a shift set, a rotation, a duty or a party the request names wrongly
            .put("roster.shift.ends-before-start", 422)
            .put("roster.shift.longer-than-a-day", 422)
            .put("roster.shift.on-call-without-response-time", 422)
            .put("roster.shift.response-time-not-on-call", 422)
            .put("roster.shift.duplicate-code", 422)
            .put("roster.shift.unknown", 422)
            .put("roster.duty.not-rostered", 422)
            .put("roster.duty.outside-period", 422)
            .put("roster.not-in-group", 422)
            .put("roster.generation.not-fair", 422)
            .put("roster.handover.not-a-party", 422)
            // the engineer's other duty, the signature already given, the period's roster: the state refuses
            .put("roster.duty.overlap", 409)
            .put("roster.handover.already-signed", 409)
            .put("roster.period-taken", 409)
            // operations: repair; times and a currency the request gives wrongly, whatever the repair's state
            .put("repair.unknown-currency", 422)
            .put("repair.downtime-ends-before-start", 422)
            .put("repair.time-in-future", 422)
            // operations: backups. A time, a run or a schedule the request names wrongly; a taken code
            .put("backup.in-the-future", 422)
            .put("backup.run.ends-before-start", 422)
            .put("backup.restore-test.other-job", 422)
            .put("schedule.not-a-cron-expression", 422)
            .put("backup.job.code-taken", 409)
            // operations: inspections (a template, schedule or result the request gets wrong; the
            // round recorded or missed already is its state: 409, by default)
            .put("inspection.schedule.grace-out-of-range", 422)
            .put("inspection.round.performed-in-future", 422)
            .put("inspection.round.outside-window", 422)
            // the machine room log: a time in the future, an exit before entering, another unit, an unknown room
            .put("machine-room.time-in-future", 422)
            .put("machine-room.exit-before-entry", 422)
            .put("machine-room.reading-unit-mismatch", 422)
            .put("machine-room.event-ends-before-start", 422)
            .put("machine-room.not-a-room", 422)
            .put("machine-room.not-a-visit", 422)
            .put("machine-room.exit-already-recorded", 409)
            // operations: stock. Too few held, a code taken: the stock as it stands refuses (a receipt may change it)
            .put("stock.insufficient", 409)
            .put("stock.item-exists", 409)
            .put("stock.store-room-exists", 409)
            // notification: a webhook subscription's address, event type or secret the request gives wrongly
            .put("webhook.url-not-http", 422)
            .put("webhook.unknown-event-type", 422)
            .put("webhook.secret-too-short", 422)
            .put("webhook.secret-too-long", 422)
            .put("webhook.secret-malformed", 422)
            // notifications, who gets what: a rule, template, robot or preference the request gives wrongly
            .put("notification-rule.unknown-event-type", 422)
            .put("notification-preference.email-invalid", 422)
            .put("notification-preference.phone-invalid", 422)
            .put("notification.language-unsupported", 422)
            .put("notification-preference.quiet-hours-empty", 422)
            .put("group-robot.webhook-not-http", 422)
            .put("group-robot.dingtalk-secret-invalid", 422)
            .put("group-robot.wecom-secret-given", 422)
            .put("notification-template.invalid", 422)
            // monitoring: a source's code, token or secret the request gives wrongly; a delivery
            // not authenticated (401) or not in its source's format (400)
            .put("alert-source.code-malformed", 422)
            .put("alert-source.token-malformed", 422)
            .put("alert-source.secret-malformed", 422)
            .put("alert-source.signing-not-generic", 422)
            .put("alert-source.not-authenticated", 401)
            .put("alert.malformed", 400)
            // availability: a request naming something the rules refuse is 422; a withdrawn or ended outage 409
            .put("availability.outage-ends-before-start", 422)
            .put("availability.time-in-future", 422)
            .put("availability.not-an-outage-state", 422)
            .put("availability.not-an-incident", 422)
            .put("availability.unknown-ci", 422)
            .put("availability.not-a-business-service", 422)
            .put("availability.unknown-catalogue-service", 422)
            .put("availability.invalid-period", 422)
            .put("availability.outage-withdrawn", 409)
            .put("availability.outage-already-ended", 409)
            .put("availability.outage-not-found", 404)
            .put("availability.target-not-found", 404)
            .buildOrThrow();

    private StatusByCode() {
    }

    public static int of(String code) {
        Integer exact = EXACT.get(code);
        if (exact != null) {
            return exact;
        }
        if (code.endsWith(".not-found")) {
            return 404;
        }
        if (code.endsWith(".version-conflict")) {
            return 412;
        }
        if (code.startsWith("assignment.") || code.startsWith("calendar.notice-")
                || code.startsWith("inspection.template.") || code.startsWith("inspection.result.")) {
            return 422;
        }
        return 409;
    }
}
