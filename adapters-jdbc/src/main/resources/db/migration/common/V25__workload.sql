-- The workload figures on JDBC (issue 17): a projection of the event log into facts
-- pre-aggregated per day, so that a month's report over a whole hospital sums a few tens of
-- thousands of rows, never the events. The projection (ports.reporting.service.WorkloadProjection)
-- applies a batch of events and advances the position in one transaction, refusing a position
-- that moved meanwhile; so every event is counted exactly once, also when two nodes run it.
-- Every *_at column holds UTC; every work_day / month_start is a local date of the hospital's zone
-- (the split rules' calendar). An empty group_id or department means none or unknown. Keys are
-- compared byte by byte, as Java orders them.

-- A single row (id 1): the event log position up to which every event is in the facts below.
-- Only ever moves forward (UPDATE ... WHERE log_position = <the position read>).
CREATE TABLE workload_position (
    id          SMALLINT                 NOT NULL,
    log_position BIGINT                  NOT NULL,
    PRIMARY KEY (id)
)${table_options};

INSERT INTO workload_position (id, log_position) VALUES (1, 0);

-- One row per day x engineer x group x engineer's department x caller's department with any
-- work: the counters of that slice (core.workload.WorkCounts), added to as events are
-- projected. The group is the ticket's owning group when the event happened (before a
-- reassignment or escalation moves it); the departments are the directory's when projected
-- (engineer) and the ticket's or contact's (caller). month_start is the first day of work_day's
-- month, for the trend's GROUP BY. A report sums the rows of its days (the primary key's
-- leading day column), filtered by engineer or groups by the actor's scope (the two indexes).
CREATE TABLE workload_fact (
    work_day                DATE                 NOT NULL,
    engineer                VARCHAR(64) ${binary} NOT NULL,
    group_id                VARCHAR(64) ${binary} NOT NULL,
    engineer_department     VARCHAR(64) ${binary} NOT NULL,
    caller_department       VARCHAR(64) ${binary} NOT NULL,
    month_start             DATE                 NOT NULL,
    accepted                BIGINT               NOT NULL,
    resolved                BIGINT               NOT NULL,
    escalated               BIGINT               NOT NULL,
    reassigned_away         BIGINT               NOT NULL,
    contacts_logged         BIGINT               NOT NULL,
    solved_first_contact    BIGINT               NOT NULL,
    minutes_worked          BIGINT               NOT NULL,
    work_log_entries        BIGINT               NOT NULL,
    reopened                BIGINT               NOT NULL,
    ping_pong               BIGINT               NOT NULL,
    sla_met                 BIGINT               NOT NULL,
    sla_breached            BIGINT               NOT NULL,
    ratings                 BIGINT               NOT NULL,
    rating_points           BIGINT               NOT NULL,
    PRIMARY KEY (work_day, engineer, group_id, engineer_department, caller_department)
)${table_options};

CREATE INDEX workload_fact_engineer_ix ON workload_fact (engineer, work_day);
CREATE INDEX workload_fact_group_ix ON workload_fact (group_id, work_day);

-- One row per work log entry (keyed by its event's log position): the interval worked, the
-- entry's minutes ending at its "at" (core.workload.WorkedInterval), with the same slice as
-- its facts; work_day is the local date of end_at, the day the entry is reported on. The report
-- reads the intervals of its days and splits them against the roster's duties in Java
-- (normal, overtime, holiday time), because the roster may be edited after the work.
CREATE TABLE workload_interval (
    log_position            BIGINT               NOT NULL,
    work_day                DATE                 NOT NULL,
    engineer                VARCHAR(64) ${binary} NOT NULL,
    group_id                VARCHAR(64) ${binary} NOT NULL,
    engineer_department     VARCHAR(64) ${binary} NOT NULL,
    caller_department       VARCHAR(64) ${binary} NOT NULL,
    start_at                ${timestamp}         NOT NULL,
    end_at                  ${timestamp}         NOT NULL,
    PRIMARY KEY (log_position)
)${table_options};

CREATE INDEX workload_interval_day_ix ON workload_interval (work_day, engineer);
CREATE INDEX workload_interval_engineer_ix ON workload_interval (engineer, work_day);
CREATE INDEX workload_interval_group_ix ON workload_interval (group_id, work_day);

-- One row per ticket or contact the projection has seen (aggregate_id: the ticket's or
-- contact's id): what attributing its later events needs. group_id is the ticket's owning
-- group now (empty for a contact); group_moves counts the times it moved to another group
-- (the third move makes it a ping-pong ticket); breached whether an SLA breach was logged for
-- it; resolver* who last resolved it, in which group and department (reopenings, SLA outcomes
-- and ratings are counted for them), NULL when not resolved.
CREATE TABLE workload_track (
    aggregate_id            VARCHAR(64) ${ascii} NOT NULL,
    group_id                VARCHAR(64) ${binary} NOT NULL,
    caller_department       VARCHAR(64) ${binary} NOT NULL,
    group_moves             INTEGER              NOT NULL,
    breached                BOOLEAN              NOT NULL,
    resolver                VARCHAR(64),
    resolver_group          VARCHAR(64),
    resolver_department     VARCHAR(64),
    PRIMARY KEY (aggregate_id)
)${table_options};
