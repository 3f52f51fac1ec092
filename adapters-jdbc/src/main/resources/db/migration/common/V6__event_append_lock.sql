-- The event log's append lock: a transaction that appends events first locks this single
-- row, and holds it until it commits or rolls back. Positions are drawn under the lock, so
-- a transaction's events commit before any later position is even drawn, and a reader that
-- sees position n has seen every committed event before it. Without it a row with a lower
-- position could become visible after a higher one, and a reader that moved its position
-- past the higher one (the SLA monitor's catch-up) would never see the lower.
CREATE TABLE event_append_lock (
    id SMALLINT NOT NULL,
    PRIMARY KEY (id)
)${table_options};

INSERT INTO event_append_lock (id) VALUES (1);
