-- The service desk on JDBC: one row per ticket and per contact (the columns that queries
-- filter and sort on, plus the whole snapshot as JSON, which is what is restored), the
-- append-only event log (audit trail and outbox), ticket number counters and idempotency
-- records. Column types that differ between databases are Flyway placeholders filled in
-- by org.itilhis.adapters.jdbc.Dialect. Every *_at column holds UTC.

CREATE TABLE ticket (
    id          ${uuid}                   NOT NULL,
    number      VARCHAR(20) ${ascii}      NOT NULL,
    type        VARCHAR(20)               NOT NULL,
    status      VARCHAR(20)               NOT NULL,
    priority    SMALLINT                  NOT NULL,
    group_id    VARCHAR(64)               NOT NULL,
    engineer    VARCHAR(64),
    caller      VARCHAR(64)               NOT NULL,
    department  VARCHAR(64)               NOT NULL,
    category    VARCHAR(100)              NOT NULL,
    summary     VARCHAR(200) ${ci}        NOT NULL,
    description VARCHAR(8000) ${ci}       NOT NULL,
    raised_at   ${timestamp}              NOT NULL,
    updated_at  ${timestamp}              NOT NULL,
    version     BIGINT                    NOT NULL,
    snapshot    ${json}                   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_number_uq UNIQUE (number)
)${table_options};

-- The work queue: open statuses of some groups, in work-queue order.
CREATE INDEX ticket_queue_ix ON ticket (status, group_id, priority, raised_at, number);
-- Searches without status or group still come out in work-queue order without a sort.
CREATE INDEX ticket_order_ix ON ticket (priority, raised_at, number);
CREATE INDEX ticket_engineer_ix ON ticket (engineer, status);
CREATE INDEX ticket_caller_ix ON ticket (caller, raised_at);
CREATE INDEX ticket_department_ix ON ticket (department, raised_at);

CREATE TABLE contact (
    id          ${uuid}                   NOT NULL,
    status      VARCHAR(30)               NOT NULL,
    channel     VARCHAR(20)               NOT NULL,
    caller      VARCHAR(64)               NOT NULL,
    department  VARCHAR(64)               NOT NULL,
    logged_by   VARCHAR(64)               NOT NULL,
    received_at ${timestamp}              NOT NULL,
    version     BIGINT                    NOT NULL,
    snapshot    ${json}                   NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE INDEX contact_caller_ix ON contact (caller, received_at);

-- Append-only: the adapter inserts and reads, never updates or deletes.
CREATE TABLE event (
    position     ${identity},
    aggregate_id VARCHAR(64)              NOT NULL,
    type         VARCHAR(100)             NOT NULL,
    actor        VARCHAR(64)              NOT NULL,
    occurred_at  ${timestamp}             NOT NULL,
    payload      ${json}                  NOT NULL,
    PRIMARY KEY (position)
)${table_options};

CREATE INDEX event_aggregate_ix ON event (aggregate_id, position);

-- One counter per ticket number prefix and year; see JdbcTicketNumberSequence.
CREATE TABLE ticket_counter (
    prefix       VARCHAR(3) ${ascii}      NOT NULL,
    counter_year INTEGER                  NOT NULL,
    last_number  BIGINT                   NOT NULL,
    PRIMARY KEY (prefix, counter_year)
)${table_options};

-- The outcome of a creating request per actor and idempotency key, as JSON.
CREATE TABLE idempotency (
    actor           VARCHAR(64)           NOT NULL,
    idempotency_key VARCHAR(255)          NOT NULL,
    recorded_at     ${timestamp}          NOT NULL,
    outcome         ${json}               NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
)${table_options};
