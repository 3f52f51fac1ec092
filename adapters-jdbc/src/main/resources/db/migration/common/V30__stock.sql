-- Consumables and spare parts (issue 18): the stock items and store rooms (each the current
-- version only, whole as JSON; their history is in the event log), each item's balance per room
-- (never below zero: the adapter's conditional updates, and the check below as the last word),
-- and the ledger of movements (append-only). occurred_at holds UTC.

CREATE TABLE stock_item (
    code            VARCHAR(40) ${ascii}  NOT NULL,
    version         BIGINT                NOT NULL,
    definition      ${json}               NOT NULL,
    PRIMARY KEY (code)
)${table_options};

CREATE TABLE stock_store_room (
    code            VARCHAR(40) ${ascii}  NOT NULL,
    version         BIGINT                NOT NULL,
    definition      ${json}               NOT NULL,
    PRIMARY KEY (code)
)${table_options};

-- reorder_alerted: the item's owner was told the balance reached its reorder threshold here,
-- set with the movement that caused it and cleared when the balance rises above it again.
CREATE TABLE stock_balance (
    item_code       VARCHAR(40) ${ascii}  NOT NULL,
    room_code       VARCHAR(40) ${ascii}  NOT NULL,
    quantity        BIGINT                NOT NULL,
    reorder_alerted BOOLEAN               NOT NULL,
    PRIMARY KEY (item_code, room_code),
    CONSTRAINT stock_balance_never_negative CHECK (quantity >= 0)
)${table_options};

CREATE INDEX stock_balance_room_ix ON stock_balance (room_code, item_code);

-- One row per movement: kind is its event type (stock.received, stock.issued,
-- stock.transferred, stock.counted), quantity what it moved (for a count: what was counted),
-- department whose consumption an issue counts as.
CREATE TABLE stock_movement (
    position        ${identity},
    id              ${uuid}               NOT NULL,
    item_code       VARCHAR(40) ${ascii}  NOT NULL,
    kind            VARCHAR(40) ${ascii}  NOT NULL,
    department      VARCHAR(64),
    quantity        BIGINT                NOT NULL,
    occurred_at     ${timestamp}          NOT NULL,
    movement        ${json}               NOT NULL,
    PRIMARY KEY (position),
    CONSTRAINT stock_movement_id_uq UNIQUE (id)
)${table_options};

CREATE INDEX stock_movement_item_ix ON stock_movement (item_code, position);
CREATE INDEX stock_movement_kind_ix ON stock_movement (kind, occurred_at);
