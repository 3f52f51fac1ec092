package org.itilhis.core.access;

/** Each thing an actor can ask the library to do or to show. */
public enum Permission {
    /**
     * See a ticket: its facts, its work and its history. Every other permission on a ticket
     * needs this one too, in the same scope: whoever may not see a ticket is told it does not exist.
     */
    VIEW_TICKET,
    VIEW_QUEUE,
    LOG_CONTACT,
    RESOLVE_AT_FIRST_CONTACT,
    RAISE_TICKET,
    LINK_CONTACT,
    ASSIGN,
    ACCEPT,
    START,
    HOLD,
    RESUME,
    ESCALATE,
    ESCALATE_TO_LEAD,
    RESOLVE,
    CONFIRM,
    REOPEN,
    CLOSE,
    CANCEL,
    ADD_WORK_LOG,
    RATE,
    REPRIORITISE,
    OVERRIDE_PRIORITY,
    DECLARE_MAJOR_INCIDENT,
    /**
     * Read the SLA reports, the tickets at risk and the SLA configuration; a ticket's own
     * clocks need only the right to view the ticket, the service-level queue that to view the queue.
     */
    VIEW_SLA,
    /** Change the service catalogue, its SLAs and the business calendars. */
    MANAGE_SLA,
    /** Read the CMDB: items, their history, relationships and impact. */
    VIEW_CMDB,
    /** Register and change configuration items, their relationships and lifecycle; import them. */
    MANAGE_CMDB,
    /** Record which items an incident or service request affects (on a ticket the actor may see). */
    RECORD_AFFECTED_CI,
    /**
     * Verify the audit trail: recompute the hash chain of the event log and learn where it was
     * changed, if anywhere (ADR 0013). It reveals no event's content, only positions.
     */
    VERIFY_AUDIT_TRAIL,
    /**
     * See who called about a ticket and where from: the caller, their location and the
     * contacts linked to the ticket. Without it a ticket's view withholds them.
     */
    VIEW_CALLER_CONTACT,
    /**
     * See the internal work of a ticket: work-log entries not marked for the caller. Without
     * it a ticket's view and history show only what was written for the caller.
     */
    VIEW_INTERNAL_NOTES,
    /** Read the audit of personal-data reads: who read which ticket or contact, when, from where. */
    VIEW_PERSONAL_DATA_READS,
    /**
     * See a problem's public part: what it is about, its state, owner, priority, affected
     * items, linked incidents and, once a known error, its workaround. Every other permission
     * on a problem needs this one too: whoever may not see a problem is told it does not exist.
     */
    VIEW_PROBLEM,
    /** Read a problem's internal root cause analysis: its steps, cause, workaround and permanent fix. */
    VIEW_PROBLEM_ANALYSIS,
    /** Log a problem (reactively, from incidents, or proactively). */
    LOG_PROBLEM,
    /** Work a problem's analysis: investigate, record steps, the root cause, the workaround, the fix, affected items. */
    INVESTIGATE_PROBLEM,
    /** Link incidents to a problem and unlink them (on incidents the actor may see). */
    LINK_INCIDENT,
    /** Publish a problem as a known error, visible to the desk with its workaround. */
    PUBLISH_KNOWN_ERROR,
    /** Resolve a problem, and with it, when asked, its open linked incidents. */
    RESOLVE_PROBLEM,
    CANCEL_PROBLEM,
    /** Close, reopen, reassign and reprioritise problems. */
    MANAGE_PROBLEM,
    /** Apply a known error's workaround to a contact or a ticket (counted as one use). */
    APPLY_WORKAROUND,
    /** See the candidate problems that proactive detection finds. */
    VIEW_CANDIDATE_PROBLEMS,
    /** Accept a candidate problem (a problem logged with its incidents) or dismiss it with a reason. */
    DECIDE_CANDIDATE_PROBLEMS,
    /**
     * Read the published knowledge articles written for all staff. Each audience has its right:
     * an article is seen (its published version, and with {@link #WRITE_ARTICLE} or {@link
     * #REVIEW_ARTICLE} its versions in progress) only by those who may read its audience; to
     * anyone else it does not exist. Every other permission on an article needs its audience's too.
     */
    VIEW_ARTICLE,
    /** Read the knowledge articles written for engineers (and the desk). */
    VIEW_ENGINEER_ARTICLES,
    /** Read the knowledge articles written for the service desk only. */
    VIEW_DESK_ARTICLES,
    /**
     * Write articles: draft them, edit drafts, submit them for review, draft a new version of a
     * published one, link configuration items; see the versions in progress and the history.
     */
    WRITE_ARTICLE,
    /**
     * Review articles: approve or reject a version in review (never one the reviewer wrote) and
     * publish an approved one; see the versions in progress and the history.
     */
    REVIEW_ARTICLE,
    /** Retire an article: its published version and any version in progress are withdrawn. */
    RETIRE_ARTICLE,
    /**
     * See a change: its request, plans, risk, approval, schedule, review and links, its history,
     * the forward schedule and the CAB's agenda. Every other permission on a change needs this
     * one too, in the same scope: whoever may not see a change is told it does not exist.
     */
    VIEW_CHANGE,
    /** Raise a change and edit it before approval: revise its plans, submit it, link the problems it fixes and incidents. */
    RAISE_CHANGE,
    /** Assess a submitted change's risk and put it before the board its risk calls for. */
    ASSESS_CHANGE,
    /** Vote on a change before a board (the board still refuses a voter who is not its member). */
    VOTE_ON_CHANGE,
    /** Give an approved change its window in the forward schedule, or move it; override a conflict for an emergency. */
    SCHEDULE_CHANGE,
    /** Start a scheduled change, complete it, record its failure or its backout. */
    IMPLEMENT_CHANGE,
    /** Record the post-implementation review and close the change. */
    REVIEW_CHANGE,
    /** Withdraw a change before its work starts. */
    CANCEL_CHANGE,
    /** Define the change configuration: advisory boards, standard change templates, blackout and maintenance windows. */
    MANAGE_CHANGE_CONFIGURATION,
    /** See releases: their changes, stages, decisions, deployments and history. */
    VIEW_RELEASE,
    /** Plan a release: bundle approved changes, give its version and stages, close it. */
    MANAGE_RELEASE,
    /** Record a stage's go or no-go decision. */
    DECIDE_RELEASE_STAGE,
    /** Record deployments of a release to configuration items, and roll them back. */
    DEPLOY_RELEASE,
    /**
     * See a group's shifts, rosters (with their imbalance), duty swaps and who is on call. Every
     * other roster permission on a group needs this one too, in the same scope.
     */
    VIEW_ROSTER,
    /** Define (and redefine) a group's shifts: their times, days, kinds and response times. */
    MANAGE_SHIFTS,
    /** Generate a group's roster for a period from a rotation, and assign, remove or replace its duties. */
    MANAGE_ROSTER,
    /** Ask to swap one's own duty with another engineer of the group, and withdraw the request. */
    REQUEST_SWAP,
    /** Approve or reject a requested duty swap (approval changes the roster). */
    DECIDE_SWAP,
    /** Write a shift handover of the group: its open tickets, scheduled changes and notes. */
    WRITE_HANDOVER,
    /** Sign a shift handover (only the outgoing and incoming engineers it names may sign their part). */
    SIGN_HANDOVER,
    /** See a group's shift handovers and which ones are not signed in time. */
    VIEW_HANDOVER,
    /**
     * See the workload report: tickets worked, contacts, time worked split into normal, overtime
     * and holiday time, duty time and quality figures. A person's figures are personal data: in
     * scope OWN the actor sees only their own (the person is the actor), in GROUP the work done
     * in their groups (by whoever did it), in ANY everyone's.
     */
    VIEW_WORKLOAD,
    /** See a group's inspection checklist templates, schedules, rounds (due, missed, recorded) and completion rates. Every other inspection permission on a group needs this one too, in the same scope. */
    VIEW_INSPECTIONS,
    /** Record an inspection round of the group: who, when, each item's result. */
    RECORD_INSPECTION,
    /** Define a group's inspection checklist templates (a new version each time) and their schedules. */
    MANAGE_INSPECTIONS,
    /** See the machine room log: access with escorts and visitors, environment readings, events. */
    VIEW_MACHINE_ROOM_LOG,
    /** Write the machine room log: record access (in and out), environment readings and events. */
    WRITE_MACHINE_ROOM_LOG,
    /** Post environment readings to the machine room log (a sensor integration's only right). */
    POST_ENVIRONMENT_READING,
    /** See a group's backup jobs, their runs, restore tests and the backup report. Every other backup permission on a group needs this one too, in the same scope. */
    VIEW_BACKUPS,
    /** Define a group's backup jobs: their item, schedule, target, grace period and recovery point objective. */
    MANAGE_BACKUP_JOBS,
    /** Record a backup job's run: success or failure, size, duration, where stored (an engineer, or the backup software through the API). */
    RECORD_BACKUP_RUN,
    /** Record a restore test with its evidence. */
    RECORD_RESTORE_TEST,
    /** See repair and maintenance records: fault, vendor, warranty, cost, parts, downtime. */
    VIEW_REPAIRS,
    /** Open a repair record (sending the item to repair), record its parts, cost and downtime, and close it (the item back in use). */
    RECORD_REPAIR,
    /** See consumables and spare parts: items, stock per location, movements, reorder alerts and consumption. */
    VIEW_STOCK,
    /** Receive, issue and transfer stock. */
    MOVE_STOCK,
    /** Record a stock-take: the counted quantity replaces the balance, the difference recorded. */
    TAKE_STOCK,
    /** Define stock items, locations, owners and reorder thresholds. */
    MANAGE_STOCK_ITEMS,
    /**
     * See how notifications are configured and delivered: the rules, the templates, the groups'
     * chat robots, the webhook subscriptions (never their secrets), the relay's subscribers, their
     * lag and their dead letters. In scope GROUP only what names the actor's groups.
     */
    VIEW_NOTIFICATIONS,
    /**
     * Write the notification rules (who hears of which event, at which priority, for which group),
     * the message templates and the groups' WeCom and DingTalk robots. In scope GROUP only rules
     * and robots of the actor's groups.
     */
    MANAGE_NOTIFICATION_RULES,
    /** Subscribe webhooks to event types, rotate their secrets, enable, disable and delete them. */
    MANAGE_WEBHOOKS,
    /** Replay or skip a subscriber's dead letters (an event it failed to deliver too often). */
    MANAGE_DEAD_LETTERS,
    /**
     * Set a person's notification preference: channel and address, language, quiet hours. In
     * scope OWN the actor's own (the person is the actor), in ANY anyone's.
     */
    SET_NOTIFICATION_PREFERENCE,
    /**
     * See monitoring: the received alerts and their incidents, the alert sources (never their
     * secrets), the mapping rules, the alerts for no known item, the rejected deliveries, and the
     * operational state of every item with what is affected right now.
     */
    VIEW_MONITORING,
    /** Register monitoring sources (Alertmanager, Zabbix, generic) with their secrets, rotate and disable them. */
    MANAGE_ALERT_SOURCES,
    /** Write the rules that map alerts to configuration items (by label, host name, IP address, asset tag). */
    MANAGE_ALERT_MAPPINGS,
    /** See the services' availability: outages, planned maintenance, targets and the availability report. */
    VIEW_AVAILABILITY,
    /** Set the availability target of a service. */
    MANAGE_AVAILABILITY_TARGETS,
    /**
     * Declare an outage of a configuration item on an incident (start, and end once it is back),
     * correct or withdraw it. In scope GROUP on the incidents of the actor's groups.
     */
    DECLARE_OUTAGE
}
