-- Release management on JDBC (issue 16): one row per release (the columns searches filter and
-- sort on, plus the whole snapshot as JSON, which is what is restored), the changes each
-- release bundles (rewritten with each save, for the search by change) and the release
-- numbers. Every *_at column holds UTC.

CREATE TABLE release_record (
    id           ${uuid}                  NOT NULL,
    number       VARCHAR(24) ${ascii}     NOT NULL,
    -- the number with its year and zero-padded sequence, REL-2026-0000000000000000042: its
    -- binary order is the number order (year, then sequence), which searches page on
    number_key   VARCHAR(32) ${ascii}     NOT NULL,
    status       VARCHAR(30)              NOT NULL,
    manager      VARCHAR(64)              NOT NULL,
    release_version VARCHAR(64) ${ci}     NOT NULL,
    summary      VARCHAR(2000) ${ci}      NOT NULL,
    planned_at   ${timestamp}             NOT NULL,
    updated_at   ${timestamp}             NOT NULL,
    version      BIGINT                   NOT NULL,
    snapshot     ${json}                  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT release_number_uq UNIQUE (number)
)${table_options};

CREATE INDEX release_order_ix ON release_record (number_key);
CREATE INDEX release_status_ix ON release_record (status, number_key);

-- The changes each release bundles, as in its snapshot; the adapter replaces a release's rows
-- whenever it saves the release.
CREATE TABLE release_change (
    release_id   ${uuid}                  NOT NULL,
    change_id    ${uuid}                  NOT NULL,
    PRIMARY KEY (release_id, change_id)
)${table_options};

CREATE INDEX release_change_ix ON release_change (change_id, release_id);

-- Release numbers as problem numbers (V17, ADR 0010): a sequence's value less the year's base,
-- which the first number of a year sets to the value before its own.
CREATE SEQUENCE release_number_seq START WITH 1;

CREATE TABLE release_number_year (
    counter_year INTEGER                  NOT NULL,
    base         BIGINT                   NOT NULL,
    PRIMARY KEY (counter_year)
)${table_options};
