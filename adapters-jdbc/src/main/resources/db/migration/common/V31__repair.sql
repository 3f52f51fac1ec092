-- Repairs and maintenance on JDBC (issue 18): one row per repair record (the columns its lists
-- and the downtime and cost reads filter on, plus the whole snapshot as JSON, which is what is
-- restored). Every *_at, downtime_start and downtime_end column holds UTC.

CREATE TABLE repair_record (
    id             ${uuid}                NOT NULL,
    ci_id          ${uuid}                NOT NULL,
    status         VARCHAR(20)            NOT NULL,
    -- not closed or cancelled: the open repairs' list
    is_open        BOOLEAN                NOT NULL,
    opened_at      ${timestamp}           NOT NULL,
    downtime_start ${timestamp}           NOT NULL,
    -- null while the item is still down
    downtime_end   ${timestamp},
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE INDEX repair_record_ci_ix ON repair_record (ci_id, opened_at);
CREATE INDEX repair_record_open_ix ON repair_record (is_open, opened_at);
CREATE INDEX repair_record_opened_ix ON repair_record (opened_at);
CREATE INDEX repair_record_downtime_ix ON repair_record (downtime_start, downtime_end);
