-- The workload facts of the ticket events up to position ${up_to} of the event log, computed in
-- SQL as the projection (ports.reporting.service.Attribution) computes them event by event, into
-- the temporary tables bench_fact, bench_interval and bench_track (WorkloadFacts copies them into
-- workload_fact, workload_interval and workload_track, or compares them with what the projection
-- stored). Ticket events only: the year has no contact events and no SLA breaches (every closed
-- ticket counts as met). An engineer's department is the staff directory's
-- (workload_benchmark_staff); anyone else's is empty, as the benchmark's directory knows only
-- the engineers. Days are dates in Asia/Shanghai. Statements are separated by a semicolon at
-- the end of a line.

-- Each event with the group the ticket moves to (raised, assigned, escalated), and the
-- caller's department (raised).
CREATE TEMPORARY TABLE bench_event AS
SELECT e.position, e.aggregate_id, e.type, e.actor,
       ((e.occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date AS day,
       CASE e.type WHEN 'ticket.raised' THEN e.payload ->> 'group' WHEN 'ticket.assigned' THEN e.payload ->> 'group'
                   WHEN 'ticket.escalated' THEN e.payload ->> 'toGroup' END AS to_group,
       e.payload -> 'details' ->> 'department' AS raised_department,
       CASE WHEN e.type = 'ticket.assigned' THEN (e.payload ->> 'reassignment')::boolean END AS reassignment,
       e.payload -> 'entry' ->> 'engineer' AS entry_engineer,
       (e.payload -> 'entry' ->> 'minutes')::int AS entry_minutes,
       (e.payload -> 'entry' ->> 'at')::timestamptz AS entry_at,
       (e.payload -> 'satisfaction' ->> 'score')::int AS score
  FROM event e
 WHERE e.position <= ${up_to} AND e.type LIKE 'ticket.%';

-- The group each ticket is in after each event (the last group moved to), so the group before
-- each event is the one after the previous; a move is to another group than before.
CREATE TEMPORARY TABLE bench_moved AS
SELECT b.*,
       count(b.to_group) OVER w AS group_seq,
       count(*) FILTER (WHERE b.type = 'ticket.resolved') OVER w AS resolver_seq,
       max(b.raised_department) OVER (PARTITION BY b.aggregate_id) AS caller_department
  FROM bench_event b
WINDOW w AS (PARTITION BY b.aggregate_id ORDER BY b.position);

CREATE TEMPORARY TABLE bench_grouped AS
SELECT m.*, COALESCE(lag(m.group_after) OVER w, '') AS group_before
  FROM (SELECT m.*, COALESCE(first_value(m.to_group) OVER (PARTITION BY m.aggregate_id, m.group_seq
               ORDER BY m.position), '') AS group_after
          FROM bench_moved m) m
WINDOW w AS (PARTITION BY m.aggregate_id ORDER BY m.position);

CREATE TEMPORARY TABLE bench_attributed AS
SELECT g.*,
       sum(g.move) OVER (PARTITION BY g.aggregate_id ORDER BY g.position) AS moves_after,
       -- the resolver: the last resolving event before (or at) this one, with its group
       first_value(CASE WHEN g.type = 'ticket.resolved' THEN g.actor END) OVER r AS resolver,
       first_value(CASE WHEN g.type = 'ticket.resolved' THEN g.group_before END) OVER r AS resolver_group
  FROM (SELECT g.*, CASE WHEN g.type IN ('ticket.assigned', 'ticket.escalated') AND g.to_group <> g.group_before
                         THEN 1 ELSE 0 END AS move
          FROM bench_grouped g) g
WINDOW r AS (PARTITION BY g.aggregate_id, g.resolver_seq ORDER BY g.position);

ANALYZE bench_attributed;

-- The counters of each slice: who did what, in which group, on which day.
CREATE TEMPORARY TABLE bench_count AS
SELECT a.day, a.actor AS engineer, a.group_before AS group_id, a.caller_department,
       (a.type = 'ticket.accepted')::int AS accepted, (a.type = 'ticket.resolved')::int AS resolved,
       (a.type = 'ticket.escalated')::int AS escalated, COALESCE(a.reassignment, FALSE)::int AS reassigned_away,
       0 AS minutes_worked, 0 AS work_log_entries, 0 AS reopened,
       (a.move = 1 AND a.moves_after = 3)::int AS ping_pong, 0 AS sla_met, 0 AS ratings, 0 AS rating_points
  FROM bench_attributed a
 WHERE a.type IN ('ticket.accepted', 'ticket.resolved', 'ticket.escalated', 'ticket.assigned')
UNION ALL
SELECT ((a.entry_at AT TIME ZONE 'Asia/Shanghai'))::date, a.entry_engineer, a.group_before, a.caller_department,
       0, 0, 0, 0, a.entry_minutes, 1, 0, 0, 0, 0, 0
  FROM bench_attributed a
 WHERE a.type = 'ticket.work-logged'
UNION ALL
SELECT a.day, a.resolver, a.resolver_group, a.caller_department,
       0, 0, 0, 0, 0, 0, (a.type = 'ticket.reopened')::int, 0, (a.type = 'ticket.closed')::int,
       (a.type = 'ticket.rated')::int, COALESCE(a.score, 0)
  FROM bench_attributed a
 WHERE a.type IN ('ticket.reopened', 'ticket.closed', 'ticket.rated') AND a.resolver IS NOT NULL;

CREATE TEMPORARY TABLE bench_fact AS
SELECT c.day AS work_day, c.engineer, c.group_id, COALESCE(s.department, '') AS engineer_department,
       c.caller_department, date_trunc('month', c.day)::date AS month_start,
       sum(c.accepted) AS accepted, sum(c.resolved) AS resolved, sum(c.escalated) AS escalated,
       sum(c.reassigned_away) AS reassigned_away, 0::bigint AS contacts_logged, 0::bigint AS solved_first_contact,
       sum(c.minutes_worked) AS minutes_worked, sum(c.work_log_entries) AS work_log_entries,
       sum(c.reopened) AS reopened, sum(c.ping_pong) AS ping_pong, sum(c.sla_met) AS sla_met,
       0::bigint AS sla_breached, sum(c.ratings) AS ratings, sum(c.rating_points) AS rating_points
  FROM bench_count c
  LEFT JOIN workload_benchmark_staff s ON s.engineer = c.engineer
 GROUP BY c.day, c.engineer, c.group_id, COALESCE(s.department, ''), c.caller_department;

CREATE TEMPORARY TABLE bench_interval AS
SELECT a.position AS log_position, ((a.entry_at AT TIME ZONE 'Asia/Shanghai'))::date AS work_day,
       a.entry_engineer AS engineer, a.group_before AS group_id, COALESCE(s.department, '') AS engineer_department,
       a.caller_department,
       (a.entry_at AT TIME ZONE 'UTC') - make_interval(mins => a.entry_minutes) AS start_at,
       (a.entry_at AT TIME ZONE 'UTC') AS end_at
  FROM bench_attributed a
  LEFT JOIN workload_benchmark_staff s ON s.engineer = a.entry_engineer
 WHERE a.type = 'ticket.work-logged';

-- Each ticket's track after its last event.
CREATE TEMPORARY TABLE bench_track AS
SELECT DISTINCT ON (a.aggregate_id) a.aggregate_id, a.group_after AS group_id, a.caller_department,
       a.moves_after::int AS group_moves, FALSE AS breached, a.resolver, a.resolver_group,
       CASE WHEN a.resolver IS NOT NULL THEN COALESCE(s.department, '') END AS resolver_department
  FROM bench_attributed a
  LEFT JOIN workload_benchmark_staff s ON s.engineer = a.resolver
 ORDER BY a.aggregate_id, a.position DESC
