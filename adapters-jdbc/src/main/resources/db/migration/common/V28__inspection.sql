-- The inspection rounds on JDBC (issue 18): the checklist templates (one row per version, the
-- version whole as JSON: a version never changes, a revision adds the next row), the schedules
-- and the rounds they make (one row per record: the columns the lists and the timers filter on,
-- the version, and the whole snapshot as JSON, which is what is restored), and the failed items
-- of the recorded rounds with the incidents they raised or were added to. Every *_at column holds UTC.

-- A template's versions: the newest is the one with the highest version of its code.
CREATE TABLE inspection_template (
    code           VARCHAR(40)            NOT NULL,
    version        BIGINT                 NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    template       ${json}                NOT NULL,
    PRIMARY KEY (code, version)
)${table_options};

CREATE INDEX inspection_template_group_ix ON inspection_template (group_id, code);

-- The schedules, active and retired; the rounds-due timer goes through the active ones.
CREATE TABLE inspection_schedule (
    id             ${uuid}                NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    template_code  VARCHAR(40)            NOT NULL,
    active         BOOLEAN                NOT NULL,
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE INDEX inspection_schedule_group_ix ON inspection_schedule (group_id, template_code);
CREATE INDEX inspection_schedule_active_ix ON inspection_schedule (active);

-- The rounds: one per schedule and due time (the slot), whichever node makes it first; listed
-- per group by due time, and those still due by the close of their window (the missed check).
CREATE TABLE inspection_round (
    id             ${uuid}                NOT NULL,
    schedule_id    ${uuid}                NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    template_code  VARCHAR(40)            NOT NULL,
    due_at         ${timestamp}           NOT NULL,
    closes_at      ${timestamp}           NOT NULL,
    status         VARCHAR(20)            NOT NULL,
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT inspection_round_slot_uk UNIQUE (schedule_id, due_at)
)${table_options};

CREATE INDEX inspection_round_group_ix ON inspection_round (group_id, due_at);
CREATE INDEX inspection_round_status_ix ON inspection_round (status, closes_at);

-- The failed items of each recorded round, as in its snapshot, with the number of the incident
-- each raised or was added to (the link back), written when the round is recorded: which rounds
-- fed an incident, and how often an item fails, are read from here without restoring rounds.
CREATE TABLE inspection_failed_item (
    round_id       ${uuid}                NOT NULL,
    item_code      VARCHAR(40)            NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    template_code  VARCHAR(40)            NOT NULL,
    due_at         ${timestamp}           NOT NULL,
    entered        VARCHAR(200)           NOT NULL,
    incident       VARCHAR(32)            NOT NULL,
    PRIMARY KEY (round_id, item_code)
)${table_options};

CREATE INDEX inspection_failed_item_incident_ix ON inspection_failed_item (incident);
CREATE INDEX inspection_failed_item_template_ix ON inspection_failed_item (template_code, item_code, due_at);
