-- Change management on JDBC (issue 16): one row per change (the columns searches and the
-- forward schedule filter and sort on, plus the whole snapshot as JSON, which is what is
-- restored: the request, the risk assessment with its explanation, the board's approval with
-- the board as it was and every vote, the review and the links), the items each change touches
-- (rewritten with each save, for the search by item), the change numbers, and the change
-- configuration kept as data: the advisory boards, the standard change templates and the
-- blackout and maintenance windows, each a JSON document under its id or code. Every *_at,
-- *_start and *_end column holds UTC. ("change" alone is a reserved word on MariaDB: hence
-- change_record.)

CREATE TABLE change_record (
    id             ${uuid}                NOT NULL,
    number         VARCHAR(24) ${ascii}   NOT NULL,
    -- the number with its year and zero-padded sequence, CHG-2026-0000000000000000042: its
    -- binary order is the number order (year, then sequence), which searches page on
    number_key     VARCHAR(32) ${ascii}   NOT NULL,
    model          VARCHAR(20)            NOT NULL,
    status         VARCHAR(30)            NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    manager        VARCHAR(64)            NOT NULL,
    -- the board the change was put before, from the request for approval on (NULL before)
    approval_board VARCHAR(100) ${ascii},
    summary        VARCHAR(200) ${ci}     NOT NULL,
    description    VARCHAR(8000) ${ci}    NOT NULL,
    -- the planned window as it stands (moved by each scheduling), start inclusive, end exclusive
    window_start   ${timestamp}           NOT NULL,
    window_end     ${timestamp}           NOT NULL,
    raised_at      ${timestamp}           NOT NULL,
    updated_at     ${timestamp}           NOT NULL,
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT change_record_number_uq UNIQUE (number)
)${table_options};

CREATE INDEX change_record_order_ix ON change_record (number_key);
CREATE INDEX change_record_status_ix ON change_record (status, group_id, number_key);
CREATE INDEX change_record_group_ix ON change_record (group_id, number_key);
CREATE INDEX change_record_board_ix ON change_record (approval_board, status, number_key);
-- the forward schedule: the scheduled and implementing changes whose window overlaps a period
CREATE INDEX change_record_window_ix ON change_record (status, window_start, window_end);

-- The configuration items each change touches, as in its snapshot; the adapter replaces a
-- change's rows whenever it saves the change.
CREATE TABLE change_ci (
    change_id   ${uuid}                   NOT NULL,
    ci_id       ${uuid}                   NOT NULL,
    PRIMARY KEY (change_id, ci_id)
)${table_options};

CREATE INDEX change_ci_ix ON change_ci (ci_id, change_id);

-- Change numbers as problem numbers (V17): a sequence's value less the year's base, which the
-- first number of a year sets to the value before its own.
CREATE SEQUENCE change_number_seq START WITH 1;

CREATE TABLE change_number_year (
    counter_year INTEGER                  NOT NULL,
    base         BIGINT                   NOT NULL,
    PRIMARY KEY (counter_year)
)${table_options};

-- The change advisory boards (their members and seats), by board id. A board saved again
-- replaces its row; the changes before it keep the board as it was in their own snapshot.
CREATE TABLE change_advisory_board (
    id          VARCHAR(100) ${ascii}     NOT NULL,
    definition  ${json}                   NOT NULL,
    PRIMARY KEY (id)
)${table_options};

-- The standard change templates (scope, weekly windows, zone, fixed risk), by code.
CREATE TABLE change_template (
    code        VARCHAR(100) ${ascii}     NOT NULL,
    definition  ${json}                   NOT NULL,
    PRIMARY KEY (code)
)${table_options};

-- The blackout and maintenance windows (attached items, weekly or dated timing, zone,
-- effective dates), by id; kind is BLACKOUT or MAINTENANCE, for a reader of the table.
CREATE TABLE change_window (
    id          VARCHAR(200) ${binary}    NOT NULL,
    kind        VARCHAR(20)               NOT NULL,
    definition  ${json}                   NOT NULL,
    PRIMARY KEY (id)
)${table_options};
