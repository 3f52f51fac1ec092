-- The backup records on JDBC (issue 18): backup jobs (one row per job by its code: the group and
-- item lists filter on, plus the whole snapshot as JSON, which is what is restored), their runs
-- (recorded once, never changed; unique per job by the backup software's external run id, so that
-- a run posted twice is stored once), the due times no run answered in time (unique per job and
-- due time: of two nodes recording the same missed run, one wins and raises its incident) and the
-- restore tests. Every *_at and answers_due column holds UTC.

CREATE TABLE backup_job (
    code           VARCHAR(40)            NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    ci_id          ${uuid}                NOT NULL,
    version        BIGINT                 NOT NULL,
    snapshot       ${json}                NOT NULL,
    PRIMARY KEY (code)
)${table_options};

-- answers_due: the due time of the job's schedule the run answers; null for a run outside it.
CREATE TABLE backup_run (
    id             ${uuid}                NOT NULL,
    job_code       VARCHAR(40)            NOT NULL,
    external_id    VARCHAR(200),
    succeeded      BOOLEAN                NOT NULL,
    started_at     ${timestamp}           NOT NULL,
    ended_at       ${timestamp}           NOT NULL,
    answers_due    ${timestamp},
    run            ${json}                NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE UNIQUE INDEX backup_run_external_ix ON backup_run (job_code, external_id);
CREATE INDEX backup_run_start_ix ON backup_run (job_code, started_at);
CREATE INDEX backup_run_due_ix ON backup_run (job_code, answers_due);
CREATE INDEX backup_run_good_ix ON backup_run (job_code, succeeded, ended_at);

CREATE TABLE backup_missed_run (
    job_code       VARCHAR(40)            NOT NULL,
    due_at         ${timestamp}           NOT NULL,
    deadline       ${timestamp}           NOT NULL,
    detected_at    ${timestamp}           NOT NULL,
    PRIMARY KEY (job_code, due_at)
)${table_options};

CREATE TABLE restore_test (
    id             ${uuid}                NOT NULL,
    job_code       VARCHAR(40)            NOT NULL,
    tested_at      ${timestamp}           NOT NULL,
    test           ${json}                NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE INDEX restore_test_job_ix ON restore_test (job_code, tested_at);
