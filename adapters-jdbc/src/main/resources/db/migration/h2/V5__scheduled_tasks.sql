-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x) for H2, which its
-- documentation does not list: the columns of its PostgreSQL and HSQLDB tables, with times
-- WITH TIME ZONE (db-scheduler binds java.sql.Timestamp, which then means the same instant
-- whatever the JVM's zone) and a binary task_data. One row per task instance, picked by one
-- scheduler at a time, which makes the recurring timers of ClusterTimers run on one node at
-- a time.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(100)             NOT NULL,
    task_data            BINARY LARGE OBJECT,
    execution_time       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP(6) WITH TIME ZONE,
    last_failure         TIMESTAMP(6) WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP(6) WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time_ix ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_ix ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_ix ON scheduled_tasks (priority DESC, execution_time ASC);
