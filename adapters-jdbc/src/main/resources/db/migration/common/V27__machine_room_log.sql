-- The machine room log (issue 18): one row per entry of a room's log, a visit, an
-- environment reading or an event, with the columns its queries filter and order on beside
-- the whole entry as JSON, from which it is restored. number is the id as text: it orders
-- entries of the same instant alike in every database (the log's order is entry_at, then
-- number). entry_at is the entry's time (entering, reading, the event's start); open_visit
-- marks a visit without a time out. room_id names a configuration item, without a foreign
-- key, as affected_ci_link does. Every *_at column holds UTC.
CREATE TABLE machine_room_entry (
    id          ${uuid}              NOT NULL,
    number      VARCHAR(36) ${ascii} NOT NULL,
    room_id     ${uuid}              NOT NULL,
    kind        VARCHAR(10) ${ascii} NOT NULL,
    entry_at    ${timestamp}         NOT NULL,
    open_visit  BOOLEAN              NOT NULL,
    version     BIGINT               NOT NULL,
    snapshot    ${json}              NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT machine_room_entry_number_uk UNIQUE (number)
)${table_options};

-- a room's log for a period, in log order
CREATE INDEX machine_room_entry_room_ix ON machine_room_entry (room_id, entry_at, number);
-- the open visits
CREATE INDEX machine_room_entry_open_ix ON machine_room_entry (open_visit, entry_at);
