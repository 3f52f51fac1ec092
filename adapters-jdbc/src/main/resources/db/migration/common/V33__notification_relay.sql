-- The notification relay (issue 19, ADR 0020): each subscriber's place in the event log (the
-- position of the last event handled for it, moved by compare-and-set), and its pending
-- deliveries: retries waiting for next_attempt_at (RETRYING), dead letters (DEAD) and events held
-- behind an earlier pending one of their record (HELD). Times in UTC.

CREATE TABLE relay_position (
    subscriber      VARCHAR(100) ${binary}  NOT NULL,
    position        BIGINT                  NOT NULL,
    PRIMARY KEY (subscriber)
)${table_options};

CREATE TABLE relay_pending (
    subscriber      VARCHAR(100) ${binary}  NOT NULL,
    position        BIGINT                  NOT NULL,
    ordering_key    VARCHAR(64)  ${binary}  NOT NULL,
    attempts        INTEGER                 NOT NULL,
    state           VARCHAR(10)  ${ascii}   NOT NULL,
    next_attempt_at ${timestamp}            NOT NULL,
    last_error      VARCHAR(500),
    pending_since   ${timestamp}            NOT NULL,
    PRIMARY KEY (subscriber, position),
    CONSTRAINT relay_pending_state_ck CHECK (state IN ('RETRYING', 'HELD', 'DEAD'))
)${table_options};

-- the due retries and the dead letters of a subscriber, by state
CREATE INDEX relay_pending_state_ix ON relay_pending (subscriber, state, next_attempt_at);
-- the pending deliveries of one record, in log order: whether a new event waits, which is next
CREATE INDEX relay_pending_key_ix ON relay_pending (subscriber, ordering_key, position);
