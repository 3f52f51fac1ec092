-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x), as its documentation
-- gives it for MySQL and MariaDB: one row per task instance, picked by one scheduler at a
-- time, which makes the recurring timers of ClusterTimers run on one node at a time.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(100)             NOT NULL,
    task_data            BLOB,
    execution_time       TIMESTAMP(6)             NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP(6)             NULL,
    last_failure         TIMESTAMP(6)             NULL,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP(6)             NULL,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance),
    INDEX scheduled_tasks_execution_time_ix (execution_time),
    INDEX scheduled_tasks_last_heartbeat_ix (last_heartbeat),
    INDEX scheduled_tasks_priority_execution_time_ix (priority DESC, execution_time ASC)
)${table_options};
