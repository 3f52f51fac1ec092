-- The alert intake (issue 20). Every *_at column holds UTC.
--
-- The monitoring sources: each whole as JSON at its version (its token only as a SHA-256 hash,
-- a generic source's signing secret itself, which a signature check needs).
CREATE TABLE alert_source (
    code     VARCHAR(50) ${ascii}  NOT NULL,
    version  BIGINT                NOT NULL,
    source   ${json}               NOT NULL,
    PRIMARY KEY (code)
)${table_options};

-- The hospital's mapping rules, one row (id 1) in order as JSON at its version; none before the
-- first save (the default rules are then in force).
CREATE TABLE alert_mapping (
    id       SMALLINT  NOT NULL,
    version  BIGINT    NOT NULL,
    rules    ${json}   NOT NULL,
    PRIMARY KEY (id)
)${table_options};

-- The alert log. A writer takes the lock of alert_log_head's single row, draws the next
-- positions and keeps the last one there, and holds the lock until it commits: positions
-- therefore become visible in order, and a follower reading by position (the correlator) that
-- has seen position n never later finds a new alert below n (the guarantee ADR 0009 gives the
-- event log by sealing after commit; here the lock is held for one delivery's batched insert,
-- short enough at 10,000 alerts a minute). Under the same lock a delivery seen before is found
-- and skipped; the unique key stands behind it. The alert is kept whole as JSON; the columns
-- beside it are what the queries filter on.
CREATE TABLE alert (
    position     BIGINT                  NOT NULL,
    source       VARCHAR(50) ${ascii}    NOT NULL,
    fingerprint  VARCHAR(200) ${binary}  NOT NULL,
    status       VARCHAR(10) ${ascii}    NOT NULL,
    starts_at    ${timestamp}            NOT NULL,
    ci_id        VARCHAR(36) ${ascii},
    received_at  ${timestamp}            NOT NULL,
    alert        ${json}                 NOT NULL,
    PRIMARY KEY (position),
    CONSTRAINT alert_delivery_ux UNIQUE (source, fingerprint, status, starts_at)
)${table_options};

CREATE INDEX alert_source_ix ON alert (source, position);
CREATE INDEX alert_ci_ix ON alert (ci_id, position);
CREATE INDEX alert_received_ix ON alert (received_at, position);

CREATE TABLE alert_log_head (
    id             SMALLINT  NOT NULL,
    last_position  BIGINT    NOT NULL,
    PRIMARY KEY (id)
)${table_options};

INSERT INTO alert_log_head (id, last_position) VALUES (1, 0);

-- Deliveries and alerts the intake did not record, for the people who run the monitoring,
-- newest first by id; an excerpt of the body for a malformed one.
CREATE TABLE alert_rejection (
    id           ${identity},
    source       VARCHAR(50)              NOT NULL,
    reason       VARCHAR(30) ${ascii}     NOT NULL,
    field        VARCHAR(200)             NOT NULL,
    detail       VARCHAR(500)             NOT NULL,
    excerpt      ${clob}                  NOT NULL,
    received_at  ${timestamp}             NOT NULL,
    PRIMARY KEY (id)
)${table_options};
