-- The duty roster on JDBC (issue 17): each group's shift set (the current version only, as a
-- JSON document; its history is in the event log), the rosters (one row per roster: the group
-- and period searches filter on, plus the whole snapshot as JSON, which is what is restored),
-- the duties of every roster (rewritten with each save, for "who was on duty from ... to ...":
-- the on-call chain, the workload report's normal time), the duty swaps and the shift
-- handovers. Every *_at, *_start, *_end and shift_change column holds UTC.

-- A group's shifts (times, days, kinds, response times), its zone and calendar, at its version.
CREATE TABLE roster_shift_set (
    group_id       VARCHAR(64)            NOT NULL,
    version        BIGINT                 NOT NULL,
    definition     ${json}                NOT NULL,
    PRIMARY KEY (group_id)
)${table_options};

CREATE TABLE roster (
    id             ${uuid}                NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    -- the period's dates, both included
    period_from    DATE                   NOT NULL,
    period_to      DATE                   NOT NULL,
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE INDEX roster_group_ix ON roster (group_id, period_from);

-- The duties of each roster as in its snapshot, in the roster's order (position); the adapter
-- replaces a roster's rows whenever it saves the roster. entry is the duty whole (its date, its
-- holiday flag, its shift and kind), so that a read of the duties of a period restores no roster.
CREATE TABLE roster_duty (
    roster_id      ${uuid}                NOT NULL,
    position       INTEGER                NOT NULL,
    engineer       VARCHAR(64)            NOT NULL,
    duty_start     ${timestamp}           NOT NULL,
    duty_end       ${timestamp}           NOT NULL,
    entry          ${json}                NOT NULL,
    PRIMARY KEY (roster_id, position)
)${table_options};

CREATE INDEX roster_duty_start_ix ON roster_duty (duty_start, duty_end);
CREATE INDEX roster_duty_engineer_ix ON roster_duty (engineer, duty_start);

-- Duty swaps: the request, the lead's decision, by id; listed per group, newest request first.
CREATE TABLE roster_swap (
    id             ${uuid}                NOT NULL,
    roster_id      ${uuid}                NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    status         VARCHAR(20)            NOT NULL,
    requested_at   ${timestamp}           NOT NULL,
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE INDEX roster_swap_group_ix ON roster_swap (group_id, requested_at);

-- Shift handovers: the open items, the two signatures, the flag to the lead; listed per group
-- by change of shift, and those not signed by both by change of shift (the overdue check).
CREATE TABLE shift_handover (
    id             ${uuid}                NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    shift_change   ${timestamp}           NOT NULL,
    signed_by_both BOOLEAN                NOT NULL,
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE INDEX shift_handover_group_ix ON shift_handover (group_id, shift_change);
CREATE INDEX shift_handover_unsigned_ix ON shift_handover (signed_by_both, shift_change);
