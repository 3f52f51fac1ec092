-- The operations records in the workload figures (issue 18): counters of core.workload.OperationsWork
-- in every fact row, 0 in the rows projected before. Inspection rounds recorded (and of them late)
-- for who performed them in the round's group on the day recorded; rounds missed for the round's
-- group with the system as engineer (no one's work); repairs opened and closed and stock issues for
-- who did them in their first group; backup runs recorded by a person and restore tests in the
-- job's group. A rebuild (WorkloadProjection.rebuild) counts the operations events already logged.
-- A backup job's group is kept as a workload_track row (aggregate_id backup-job/<code>).
ALTER TABLE workload_fact ADD COLUMN rounds_recorded BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE workload_fact ADD COLUMN rounds_late BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE workload_fact ADD COLUMN rounds_missed BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE workload_fact ADD COLUMN repairs_opened BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE workload_fact ADD COLUMN repairs_closed BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE workload_fact ADD COLUMN backup_runs_recorded BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE workload_fact ADD COLUMN restore_tests BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE workload_fact ADD COLUMN stock_issues BIGINT DEFAULT 0 NOT NULL;
