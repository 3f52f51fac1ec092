-- Service level management on JDBC: the SLA configuration as one versioned JSON document,
-- the business calendars as append-only versions, the watch list of open tickets' clocks
-- (a projection of the event log, with the log position it is current to) and the
-- escalation log whose primary key lets each escalation be recorded exactly once, also
-- from two application nodes at a time. Every *_at column holds UTC.

-- A single row (id 1): the service catalogue and the calendar of each criticality as JSON;
-- version counts saves for optimistic locking.
CREATE TABLE sla_configuration (
    id          SMALLINT                  NOT NULL,
    version     BIGINT                    NOT NULL,
    document    ${json}                   NOT NULL,
    PRIMARY KEY (id)
)${table_options};

-- Append-only: version_no 1, 2, ... per calendar name. The first version is in force since
-- the beginning of time (effective_from is NULL); each later one from its effective_from on.
-- definition is the calendar as JSON: name, zone, weekly periods, standard working day and
-- every date rule.
CREATE TABLE sla_calendar (
    name           VARCHAR(100)           NOT NULL,
    version_no     INTEGER                NOT NULL,
    effective_from ${timestamp},
    definition     ${json}                NOT NULL,
    PRIMARY KEY (name, version_no)
)${table_options};

-- One row per watched ticket: the whole watch as JSON, plus columns for the due query, the
-- service-level work queue and reports. ticket_id is the id's text, so that paging by it is
-- the same byte order on every database. queue_deadline is the resolution deadline, or
-- 9999-12-31 23:59:59 when the clock has none (DeadlinePosition.NO_DEADLINE); number_key as
-- in the ticket table (SqlValues.numberKey), so that the queue orders by priority rank,
-- deadline and number. ticket_version is the ticket's event count the watch was measured
-- at: a put replaces the row only with an equal or higher one, so an older measurement
-- committing late never overwrites a newer one.
CREATE TABLE sla_watch (
    ticket_id           VARCHAR(36) ${ascii}   NOT NULL,
    next_check_at       ${timestamp},
    status              VARCHAR(20)            NOT NULL,
    priority            SMALLINT               NOT NULL,
    group_id            VARCHAR(64)            NOT NULL,
    queue_deadline      ${timestamp}           NOT NULL,
    number_key          VARCHAR(32) ${ascii}   NOT NULL,
    service             VARCHAR(200)           NOT NULL,
    resolution_state    VARCHAR(20)            NOT NULL,
    ticket_version      BIGINT                 NOT NULL,
    watch               ${json}                NOT NULL,
    PRIMARY KEY (ticket_id)
)${table_options};

CREATE INDEX sla_watch_due_ix ON sla_watch (next_check_at, ticket_id);
CREATE INDEX sla_watch_queue_ix ON sla_watch (status, group_id, priority, queue_deadline, number_key);

-- A single row (id 1): the event log position up to which the watch list is current.
CREATE TABLE sla_watch_position (
    id           SMALLINT                 NOT NULL,
    log_position BIGINT                   NOT NULL,
    PRIMARY KEY (id)
)${table_options};

INSERT INTO sla_watch_position (id, log_position) VALUES (1, 0);

-- One row per escalation ever recorded, keyed by ThresholdCrossed.key(): ticket, clock,
-- threshold and clock start. The ThresholdCrossed event itself is in the event table.
CREATE TABLE escalation (
    escalation_key VARCHAR(128) ${ascii}  NOT NULL,
    ticket_id      VARCHAR(36) ${ascii}   NOT NULL,
    recorded_at    ${timestamp}           NOT NULL,
    PRIMARY KEY (escalation_key)
)${table_options};
