-- Problem management on JDBC (issue 15): one row per problem (the columns searches filter and
-- sort on, plus the whole snapshot as JSON, which is what is restored), its links to
-- incidents (rewritten with each save, for the search by incident), the problem numbers and
-- the dismissed candidate problems. Every *_at column holds UTC.

CREATE TABLE problem (
    id          ${uuid}                   NOT NULL,
    number      VARCHAR(24) ${ascii}      NOT NULL,
    -- the number with its year and zero-padded sequence, PRB-2026-0000000000000000042: its
    -- binary order is the number order (year, then sequence), which searches page on
    number_key  VARCHAR(32) ${ascii}      NOT NULL,
    status      VARCHAR(30)               NOT NULL,
    priority    SMALLINT                  NOT NULL,
    group_id    VARCHAR(64)               NOT NULL,
    manager     VARCHAR(64)               NOT NULL,
    summary     VARCHAR(200) ${ci}        NOT NULL,
    description VARCHAR(8000) ${ci}       NOT NULL,
    logged_at   ${timestamp}              NOT NULL,
    updated_at  ${timestamp}              NOT NULL,
    version     BIGINT                    NOT NULL,
    snapshot    ${json}                   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT problem_number_uq UNIQUE (number)
)${table_options};

CREATE INDEX problem_order_ix ON problem (number_key);
CREATE INDEX problem_status_ix ON problem (status, group_id, number_key);
CREATE INDEX problem_group_ix ON problem (group_id, number_key);
CREATE INDEX problem_manager_ix ON problem (manager, number_key);

-- The incidents each problem is linked to, as in its snapshot; the adapter replaces a
-- problem's rows whenever it saves the problem.
CREATE TABLE problem_incident (
    problem_id  ${uuid}                   NOT NULL,
    incident_id ${uuid}                   NOT NULL,
    PRIMARY KEY (problem_id, incident_id)
)${table_options};

CREATE INDEX problem_incident_ix ON problem_incident (incident_id, problem_id);

-- Problem numbers as ticket numbers (V10, ADR 0010): a sequence's value less the year's base,
-- which the first number of a year sets to the value before its own.
CREATE SEQUENCE problem_number_seq START WITH 1;

CREATE TABLE problem_number_year (
    counter_year INTEGER                  NOT NULL,
    base         BIGINT                   NOT NULL,
    PRIMARY KEY (counter_year)
)${table_options};

-- Candidate problems the problem manager dismissed. Append-only: the adapter inserts and
-- reads, oldest first (dismissed_at, then seq).
CREATE TABLE problem_dismissal (
    seq           ${identity},
    rule_name     VARCHAR(100)            NOT NULL,
    dismissal_key VARCHAR(500)            NOT NULL,
    dismissed_at  ${timestamp}            NOT NULL,
    reason        ${clob}                 NOT NULL,
    PRIMARY KEY (seq)
)${table_options};

CREATE INDEX problem_dismissal_at_ix ON problem_dismissal (dismissed_at, seq);
