-- The event log's order is assigned after commit (ADR 0009). Writers no longer take the
-- append lock (V6): they insert freely, and the identity column, renamed append_id, only
-- says who drew first, not who committed first. One sealer at a time (JdbcEventChain, under
-- the lock of event_chain's single row) gives every committed, unsealed event the next
-- position, in append_id order, and the SHA-256 chain hash over its content and its
-- predecessor's hash. Followers read by position: an event that commits late is sealed late
-- and gets a later position, so a reader that has seen position n never misses one below it.
--
-- Events of earlier versions keep their position (they were committed in position order under
-- the append lock) and have no chain hash: the chain starts at the first event sealed after
-- this migration.
ALTER TABLE event RENAME COLUMN position TO append_id;

ALTER TABLE event ADD COLUMN position BIGINT;

ALTER TABLE event ADD COLUMN chain_hash CHAR(64) ${ascii};

UPDATE event SET position = append_id;

CREATE UNIQUE INDEX event_position_ux ON event (position);

CREATE TABLE event_chain (
    id            SMALLINT                 NOT NULL,
    last_position BIGINT                   NOT NULL,
    last_hash     CHAR(64) ${ascii},
    PRIMARY KEY (id)
)${table_options};

INSERT INTO event_chain (id, last_position, last_hash) SELECT 1, COALESCE(MAX(append_id), 0), NULL FROM event;

DROP TABLE event_append_lock;
