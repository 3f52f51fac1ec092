-- The SLA report's projection of the event log (issue 12): one row per ticket the SLA monitor
-- has measured, open or closed, holding what the report counts of its measurement
-- (TicketStanding), so that the report reads rows instead of measuring every ticket.
-- Kept by the monitor in the same transactions as the watch list; a put replaces a row only
-- with an equal or higher ticket_version, as in sla_watch. watched is true while the ticket
-- is in sla_watch (neither closed nor cancelled). configuration_version is the version of
-- sla_configuration it was measured with; valid_until the instant from which an open
-- ticket's standing may be out of date (its next threshold, or the next year). Durations are
-- in nanoseconds, and so are the exact raising and measuring instants (*_ns, since the
-- epoch; raised_at, to the microsecond like every timestamp column, serves the range). segments: per OLA segment "<business time in ns>,<length of group id>,<group
-- id>", one after the other; provisional_years: the years separated by commas.
CREATE TABLE sla_standing (
    ticket_id             VARCHAR(36) ${ascii}   NOT NULL,
    ticket_version        BIGINT                 NOT NULL,
    configuration_version BIGINT                 NOT NULL,
    watched               BOOLEAN                NOT NULL,
    valid_until           ${timestamp},
    service               VARCHAR(200)           NOT NULL,
    raised_at             ${timestamp}           NOT NULL,
    raised_ns             BIGINT                 NOT NULL,
    priority              VARCHAR(2)             NOT NULL,
    response_state        VARCHAR(20)            NOT NULL,
    response_stopped      BOOLEAN                NOT NULL,
    response_warned       BOOLEAN                NOT NULL,
    response_done_ns      BIGINT,
    resolution_state      VARCHAR(20)            NOT NULL,
    resolution_stopped    BOOLEAN                NOT NULL,
    resolution_warned     BOOLEAN                NOT NULL,
    resolution_done_ns    BIGINT,
    segments              ${clob}                NOT NULL,
    provisional_years     VARCHAR(200)           NOT NULL,
    measured_ns           BIGINT                 NOT NULL,
    counting              BOOLEAN                NOT NULL,
    PRIMARY KEY (ticket_id)
)${table_options};

-- The report reads the watched rows, and the others raised within its range.
CREATE INDEX sla_standing_report_ix ON sla_standing (watched, raised_at);

-- A single row (id 1): every ticket raised after complete_after has a standing. On a schema
-- that already holds tickets it is the latest raising instant among them: those may have
-- none, so reports of ranges starting at or before it measure every ticket as before. On a
-- new schema, 1970: every ticket.
CREATE TABLE sla_standing_coverage (
    id             SMALLINT              NOT NULL,
    complete_after ${timestamp}          NOT NULL,
    PRIMARY KEY (id)
)${table_options};

INSERT INTO sla_standing_coverage (id, complete_after)
SELECT 1, COALESCE(MAX(raised_at), TIMESTAMP '1970-01-01 00:00:00') FROM ticket;

-- Watches stored before this migration are made due: the monitor's next run measures each
-- watched ticket again and stores its standing (until then reports measure every ticket).
UPDATE sla_watch SET next_check_at = '1970-01-01 00:00:00';
