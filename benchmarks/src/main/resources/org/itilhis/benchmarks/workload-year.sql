-- A hospital's year of service desk work, bulk-loaded in SQL (WorkloadYear): ${tickets} tickets
-- over the days of bench_day (filled by WorkloadYear from the Shanghai business calendar: fewer
-- tickets at weekends and on statutory holidays), 30 assignment groups of 10 engineers on three
-- campuses, 60 departments of 6,000 callers, and their events in the event log with the JSON
-- the adapter's JsonCodec writes, each ticket's row holding the snapshot its history replays to.
-- Every draw is a hash of the ticket's index and a salt (pg_temp.r), so the data set is the same
-- on every load. Statements are separated by a semicolon at the end of a line.
--
-- Each ticket: raised by a service desk agent of the caller's campus, routed to the group of its
-- area on that campus, accepted and started by an engineer of the group; then, for some, a
-- handover (escalation to a second-line group, a reassignment within the group by the lead, or
-- a "ping-pong" between two groups, three bounces); work logs of the final engineer; resolved;
-- for some reopened by the caller, started and resolved again; closed (confirmed by the caller,
-- or automatically by "system" three days later); some rated. Events after the end of the year
-- are left out: the tickets of the last days stay open where their history stops.

CREATE FUNCTION pg_temp.r(n bigint, salt bigint) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8extended(n, salt) & 4503599627370495)::double precision / 4503599627370496.0 $$;

-- STABLE as to_char is: an IMMUTABLE SQL function calling it would not be inlined (and cost tens
-- of microseconds a call).
CREATE FUNCTION pg_temp.instant(t timestamp) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') $$;

CREATE FUNCTION pg_temp.minutes(m double precision) RETURNS interval
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT make_interval(secs => round(m * 60)) $$;

-- The ten areas of IT support: the category tickets are raised under, the share of tickets,
-- the share of them that are service requests, the tier of their groups, and the words.
CREATE TEMPORARY TABLE bench_area (
    a            INTEGER PRIMARY KEY,
    area         TEXT NOT NULL,
    category     TEXT NOT NULL,
    lo           DOUBLE PRECISION NOT NULL,
    hi           DOUBLE PRECISION NOT NULL,
    requests     DOUBLE PRECISION NOT NULL,
    first_line   BOOLEAN NOT NULL,
    summary      TEXT NOT NULL,
    description  TEXT NOT NULL,
    code         TEXT NOT NULL,
    note         TEXT NOT NULL,
    work         TEXT NOT NULL
);

INSERT INTO bench_area VALUES
    (1, 'service-desk', 'account', 0.00, 0.15, 0.60, TRUE, '无法登录 HIS 账号', 'Password expired after the night shift; the nurse cannot sign in to the HIS.', 'ADVICE_GIVEN', 'Password reset and the nurse signed in again.', 'Reset the password and checked the sign-in'),
    (2, 'desktop', 'workstation', 0.15, 0.40, 0.30, TRUE, '护士站电脑蓝屏', 'The workstation at the nurses'' station shows a blue screen when the barcode scanner is plugged in.', 'CONFIGURATION_CORRECTED', 'Scanner driver reinstalled; the workstation starts normally.', 'Reinstalled the scanner driver on site'),
    (3, 'printing', 'printer', 0.40, 0.55, 0.20, TRUE, '腕带打印机卡纸', 'The wristband printer jams on every label since this morning.', 'HARDWARE_REPLACED', 'Print head and roller replaced.', 'Cleaned the path and replaced the print head'),
    (4, 'network', 'network', 0.55, 0.63, 0.05, FALSE, '病区无线网络断开', 'The ward''s wireless drops every few minutes; mobile nursing carts lose their session.', 'FIXED', 'Access point firmware updated and the channel moved.', 'Checked the access points and the controller log'),
    (5, 'his', 'his', 0.63, 0.78, 0.10, FALSE, 'HIS 医嘱无法保存', 'Orders cannot be saved in the HIS: the screen hangs after signing.', 'FIXED', 'Locked session cleared on the application server.', 'Traced the locked session on the HIS server'),
    (6, 'emr', 'emr', 0.78, 0.86, 0.10, FALSE, '电子病历模板丢失', 'The discharge summary template is missing from the EMR for the ward.', 'CONFIGURATION_CORRECTED', 'Template restored and published to the ward.', 'Restored the template from the configuration backup'),
    (7, 'pacs', 'pacs', 0.86, 0.91, 0.05, FALSE, 'PACS 影像调阅缓慢', 'Images take more than a minute to open in the PACS viewer.', 'WORKAROUND', 'Cache rebuilt on the viewing station; the vendor is investigating the archive.', 'Rebuilt the viewer cache and checked the archive'),
    (8, 'lis', 'lis', 0.91, 0.95, 0.05, FALSE, 'LIS 检验结果未回传', 'Laboratory results do not reach the HIS for the ward''s patients.', 'FIXED', 'Interface queue restarted; the pending results were delivered.', 'Restarted the interface queue'),
    (9, 'telephony', 'phone', 0.95, 0.98, 0.40, FALSE, '分机无拨号音', 'Extension has no dial tone after the move to the new office.', 'HARDWARE_REPLACED', 'Phone replaced and the port patched.', 'Patched the port and replaced the phone'),
    (10, 'servers', 'server', 0.98, 1.00, 0.20, FALSE, '共享盘空间不足', 'The department''s shared drive is full; scanned records cannot be saved.', 'CONFIGURATION_CORRECTED', 'Quota raised and old scans archived.', 'Raised the quota and archived old scans');

CREATE TEMPORARY TABLE bench_campus (c INTEGER PRIMARY KEY, name TEXT NOT NULL);

INSERT INTO bench_campus VALUES (1, 'north'), (2, 'south'), (3, 'east');

ANALYZE bench_day;

ANALYZE bench_assessment;

ANALYZE bench_area;

ANALYZE bench_campus;

-- 30 groups: every area on every campus, g = (area - 1) * 3 + campus.
CREATE TEMPORARY TABLE bench_group AS
SELECT (a.a - 1) * 3 + c.c AS g, a.area || '-' || c.name AS id, a.a, c.c AS campus, a.first_line
  FROM bench_area a CROSS JOIN bench_campus c;

-- 300 engineers, ten per group, the first of each its lead: E0001 to E0300.
CREATE TEMPORARY TABLE bench_engineer AS
SELECT e, 'E' || lpad(e::text, 4, '0') AS id, (e - 1) / 10 + 1 AS g, (e - 1) % 10 = 0 AS lead
  FROM generate_series(1, 300) AS s(e);

-- The staff directory the benchmark builds from these (WorkloadReportBenchmark): each engineer
-- with their group, the group's tier, and their department in IT (support, infrastructure,
-- clinical systems).
CREATE TABLE workload_benchmark_staff AS
SELECT e.id AS engineer, g.id AS group_id, g.first_line, e.lead,
       CASE WHEN g.a <= 3 THEN 'it-support' WHEN g.a IN (4, 9, 10) THEN 'it-infrastructure'
            ELSE 'it-clinical-systems' END AS department
  FROM bench_engineer e JOIN bench_group g ON g.g = e.g
 ORDER BY e.e;

-- 60 departments, twenty specialties as ward, clinic and office, each on a campus.
CREATE TEMPORARY TABLE bench_department AS
SELECT (s.i - 1) * 3 + k.k AS d, s.name || '-' || k.kind AS id, 1 + (s.i + k.k) % 3 AS campus
  FROM unnest(ARRAY['cardiology', 'neurology', 'oncology', 'paediatrics', 'obstetrics', 'orthopaedics',
                    'general-surgery', 'emergency', 'icu', 'radiology', 'laboratory', 'pharmacy', 'ophthalmology',
                    'ent', 'dermatology', 'urology', 'nephrology', 'respiratory', 'gastroenterology',
                    'rehabilitation']) WITH ORDINALITY AS s(name, i)
 CROSS JOIN (VALUES (1, 'ward'), (2, 'clinic'), (3, 'office')) AS k(k, kind);

ANALYZE bench_group;

ANALYZE bench_engineer;

ANALYZE bench_department;

-- The tickets: draws, then who and when. Times are UTC (the event log's occurred_at); the
-- hospital's day is Asia/Shanghai.
CREATE UNLOGGED TABLE bench_ticket AS
WITH base AS MATERIALIZED (
    SELECT s.n, d.day, d.kind,
           pg_temp.r(s.n, 1) AS r_area, pg_temp.r(s.n, 2) AS r_caller, pg_temp.r(s.n, 3) AS r_engineer,
           pg_temp.r(s.n, 4) AS r_type, pg_temp.r(s.n, 5) AS r_priority, pg_temp.r(s.n, 6) AS r_time,
           pg_temp.r(s.n, 7) AS r_handover, pg_temp.r(s.n, 8) AS r_work, pg_temp.r(s.n, 9) AS r_reopen,
           pg_temp.r(s.n, 10) AS r_close, pg_temp.r(s.n, 11) AS r_rate, pg_temp.r(s.n, 12) AS r_agent,
           pg_temp.r(s.n, 13) AS r_other, pg_temp.r(s.n, 14) AS r_d1, pg_temp.r(s.n, 15) AS r_d2,
           pg_temp.r(s.n, 16) AS r_d3, pg_temp.r(s.n, 17) AS r_d4, pg_temp.r(s.n, 18) AS r_d5
      FROM generate_series(0, ${tickets} - 1) AS s(n)
     CROSS JOIN LATERAL (SELECT day, kind FROM bench_day WHERE first_n <= s.n ORDER BY first_n DESC LIMIT 1) d
), drawn AS MATERIALIZED (
    SELECT b.*, ar.a, ar.category, ar.first_line,
           1 + floor(b.r_caller * 6000)::int AS caller,
           pa.k AS assessment,
           CASE WHEN b.r_type < ar.requests THEN 'SERVICE_REQUEST' ELSE 'INCIDENT' END AS type,
           -- the local time of raising: on working days mostly office hours, else spread over the day
           (b.day::timestamp + CASE
                WHEN b.kind = 'WORKDAY' AND b.r_time < 0.85 THEN interval '8 hours' + pg_temp.minutes(b.r_time / 0.85 * 570)
                WHEN b.kind = 'WORKDAY' THEN pg_temp.minutes((b.r_time - 0.85) / 0.15 * 870)
                    + CASE WHEN (b.r_time - 0.85) / 0.15 * 870 >= 480 THEN interval '570 minutes' ELSE interval '0' END
                ELSE interval '7 hours' + pg_temp.minutes(b.r_time * 900) END) AS raised_local
      FROM base b
      JOIN bench_area ar ON b.r_area >= ar.lo AND b.r_area < ar.hi
      JOIN bench_assessment pa ON b.r_priority >= pa.lo AND b.r_priority < pa.hi
)
SELECT d.n, d.type, d.a, d.category, d.first_line, d.assessment, d.caller,
       1 + (d.caller - 1) % 60 AS department,
       g.g, g.campus,
       (g.g - 1) * 10 + 1 + floor(d.r_engineer * 10)::int AS engineer,
       -- the agent who raised it: an engineer of the service desk of the campus
       (g.campus - 1) * 10 + 1 + floor(d.r_agent * 10)::int AS agent,
       (d.raised_local AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'UTC' AS raised_at,
       -- night, weekend and holiday tickets are answered by the on-call engineer, faster
       CASE WHEN d.kind <> 'WORKDAY' OR extract(hour FROM d.raised_local) NOT BETWEEN 8 AND 17
            THEN pg_temp.minutes(5 + d.r_d1 * 25) ELSE pg_temp.minutes(2 + d.r_d1 * d.r_d1 * 118) END AS response,
       pg_temp.minutes(1 + d.r_d2 * 19) AS to_start,
       CASE WHEN d.r_handover < CASE WHEN d.first_line THEN 0.10 ELSE 0.05 END THEN 'ESCALATED'
            WHEN d.r_handover < 0.15 THEN 'REASSIGNED'
            WHEN d.r_handover < 0.16 THEN 'PING_PONG'
            ELSE 'NONE' END AS handover,
       d.r_other,
       pg_temp.minutes(20 + d.r_d3 * 220) AS to_handover,
       CASE WHEN d.r_work < 0.60 THEN 0 WHEN d.r_work < 0.90 THEN 1 WHEN d.r_work < 0.98 THEN 2 ELSE 3 END AS work_logs,
       d.r_work,
       pg_temp.minutes(20 + d.r_d4 * 70) AS work_gap,
       pg_temp.minutes(10 + d.r_d5 * d.r_d5 * 470) AS to_resolve,
       d.r_reopen < 0.03 AS reopened,
       d.r_close < 0.30 AS confirmed,
       d.r_close,
       d.r_rate < 0.20 AS rated,
       CASE WHEN d.r_rate < 0.10 THEN 5 WHEN d.r_rate < 0.16 THEN 4 WHEN d.r_rate < 0.184 THEN 3
            WHEN d.r_rate < 0.194 THEN 2 ELSE 1 END AS score
  FROM drawn d
  JOIN bench_department dep ON dep.d = 1 + (d.caller - 1) % 60
  JOIN bench_group g ON g.a = d.a AND g.campus = dep.campus;

ANALYZE bench_ticket;

-- Ticket numbers in the order of raising, per type and year (INC-2026-000001, REQ-...).
CREATE UNLOGGED TABLE bench_number AS
SELECT n, (CASE type WHEN 'INCIDENT' THEN 'INC' ELSE 'REQ' END) || '-' || extract(year FROM raised_at
              AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::int || '-'
           || lpad((row_number() OVER (PARTITION BY type, extract(year FROM raised_at AT TIME ZONE 'UTC'
              AT TIME ZONE 'Asia/Shanghai') ORDER BY raised_at, n))::text, 6, '0') AS number,
       md5('itilhis-workload-ticket-' || n)::uuid AS id
  FROM bench_ticket;

ANALYZE bench_number;

-- Who holds the ticket after the handover, and when each step happens.
CREATE UNLOGGED TABLE bench_plan AS
WITH who AS (
    SELECT t.*,
           t.raised_at + t.response AS accepted_at,
           t.raised_at + t.response + t.to_start AS started_at,
           -- escalation: to a second-line group of the campus (network, HIS or servers); ping-pong
           -- with another second-line group of the campus; reassignment within the group
           CASE t.handover
               WHEN 'ESCALATED' THEN (CASE WHEN t.a <= 3 THEN (ARRAY[4, 5, 10])[1 + floor(t.r_other * 3)::int]
                                           WHEN t.a = 10 THEN 5 ELSE 10 END - 1) * 3 + t.campus
               WHEN 'PING_PONG' THEN (CASE WHEN t.a = 4 THEN 5 ELSE 4 END - 1) * 3 + t.campus
               ELSE t.g END AS other_group,
           CASE WHEN t.handover = 'REASSIGNED'
                THEN (t.g - 1) * 10 + 1 + ((t.engineer - 1) % 10 + 1 + floor(t.r_other * 9)::int) % 10 END AS colleague
      FROM bench_ticket t
)
SELECT w.*,
       CASE w.handover WHEN 'NONE' THEN w.g WHEN 'REASSIGNED' THEN w.g ELSE w.other_group END AS final_group,
       CASE w.handover
           WHEN 'NONE' THEN w.engineer
           WHEN 'REASSIGNED' THEN w.colleague
           ELSE (w.other_group - 1) * 10 + 1 + floor(pg_temp.r(w.n, 20) * 10)::int END AS final_engineer,
       w.started_at + w.to_handover AS handover_at
  FROM who w;

ANALYZE bench_plan;

-- One row per event: its JSON but for ticketId, actor and occurredAt (the final insert adds
-- them), and for the events that change who holds the ticket, the group, engineer and tier after
-- it and whether it counts as a reassignment (the ticket's snapshot is built from these).
CREATE UNLOGGED TABLE bench_step (
    n        INTEGER NOT NULL,
    ord      SMALLINT NOT NULL,
    type     TEXT NOT NULL,
    at       TIMESTAMP NOT NULL,
    actor    TEXT NOT NULL,
    payload  TEXT,
    holder   BOOLEAN NOT NULL DEFAULT FALSE,
    grp      INTEGER,
    eng      INTEGER,
    tier     TEXT,
    reassign INTEGER NOT NULL DEFAULT 0
);

-- Raised, accepted, started: every ticket.
INSERT INTO bench_step (n, ord, type, at, actor, payload, holder, grp, eng, tier)
SELECT p.n, 1, 'ticket.raised', p.raised_at, ag.id,
       '"number":' || to_json(nb.number) || ',"ticketType":"' || p.type || '","details":{"summary":' || to_json(ar.summary)
       || ',"description":' || to_json(ar.description) || ',"category":"' || ar.category || '","caller":"'
       || 'S' || lpad(p.caller::text, 5, '0') || '","department":"' || dep.id
       || '","location":null,"ciClass":null},"assessment":' || pa.json || ',"group":"' || g.id
       || '","routing":"category ' || ar.category || ' on the ' || c.name || ' campus","origin":null',
       TRUE, p.g, NULL, 'FIRST_LINE'
  FROM bench_plan p
  JOIN bench_number nb ON nb.n = p.n
  JOIN bench_area ar ON ar.a = p.a
  JOIN bench_department dep ON dep.d = p.department
  JOIN bench_assessment pa ON pa.k = p.assessment
  JOIN bench_group g ON g.g = p.g
  JOIN bench_campus c ON c.c = p.campus
  JOIN bench_engineer ag ON ag.e = p.agent;

INSERT INTO bench_step (n, ord, type, at, actor, holder, grp, eng, tier)
SELECT p.n, 2, 'ticket.accepted', p.accepted_at, e.id, TRUE, p.g, p.engineer, 'FIRST_LINE'
  FROM bench_plan p JOIN bench_engineer e ON e.e = p.engineer;

INSERT INTO bench_step (n, ord, type, at, actor)
SELECT p.n, 3, 'ticket.started', p.started_at, e.id
  FROM bench_plan p JOIN bench_engineer e ON e.e = p.engineer;

-- Escalation: the first engineer logs a quarter of an hour, escalates; an engineer of the
-- second-line group accepts and starts.
INSERT INTO bench_step (n, ord, type, at, actor, payload)
SELECT p.n, 4, 'ticket.work-logged', p.handover_at - interval '5 minutes', e.id,
       '"entry":{"engineer":"' || e.id || '","minutes":' || (10 + floor(p.r_other * 35))::int
       || ',"note":"First diagnosis before escalating","forCaller":false,"at":"'
       || pg_temp.instant(p.handover_at - interval '5 minutes') || '"}'
  FROM bench_plan p JOIN bench_engineer e ON e.e = p.engineer
 WHERE p.handover = 'ESCALATED';

INSERT INTO bench_step (n, ord, type, at, actor, payload, holder, grp, eng, tier, reassign)
SELECT p.n, 5, 'ticket.escalated', p.handover_at, e.id,
       '"fromTier":"FIRST_LINE","toTier":"SECOND_LINE","toGroup":"' || g.id
       || '","reason":"Needs the second line: beyond a first-line fix"',
       TRUE, p.final_group, NULL, 'SECOND_LINE', 1
  FROM bench_plan p JOIN bench_engineer e ON e.e = p.engineer JOIN bench_group g ON g.g = p.final_group
 WHERE p.handover = 'ESCALATED';

-- Reassignment: the group's lead gives the ticket to a colleague.
INSERT INTO bench_step (n, ord, type, at, actor, payload, holder, grp, eng, tier, reassign)
SELECT p.n, 5, 'ticket.assigned', p.handover_at, lead.id,
       '"group":"' || g.id || '","engineer":"' || e.id || '","tier":"FIRST_LINE","reassignment":true',
       TRUE, p.g, p.final_engineer, 'FIRST_LINE', 1
  FROM bench_plan p
  JOIN bench_group g ON g.g = p.g
  JOIN bench_engineer lead ON lead.e = (p.g - 1) * 10 + 1
  JOIN bench_engineer e ON e.e = p.final_engineer
 WHERE p.handover = 'REASSIGNED';

-- Ping-pong: the leads send the ticket to the other group, back, and there again.
INSERT INTO bench_step (n, ord, type, at, actor, payload, holder, grp, eng, tier, reassign)
SELECT p.n, 4 + k.k, 'ticket.assigned', p.handover_at + (k.k - 1) * interval '25 minutes', lead.id,
       '"group":"' || g.id || '","engineer":null,"tier":"FIRST_LINE","reassignment":true',
       TRUE, g.g, NULL, 'FIRST_LINE', 1
  FROM bench_plan p
 CROSS JOIN (VALUES (1), (2), (3)) AS k(k)
  JOIN bench_group g ON g.g = CASE k.k WHEN 2 THEN p.g ELSE p.other_group END
  JOIN bench_engineer lead ON lead.e = (CASE k.k WHEN 2 THEN p.other_group ELSE p.g END - 1) * 10 + 1
 WHERE p.handover = 'PING_PONG';

-- The new holder accepts (escalation, ping-pong) and starts (all three).
INSERT INTO bench_step (n, ord, type, at, actor, holder, grp, eng, tier)
SELECT p.n, 8, 'ticket.accepted', p.handover_at + interval '55 minutes', e.id, TRUE, p.final_group, p.final_engineer,
       CASE p.handover WHEN 'ESCALATED' THEN 'SECOND_LINE' ELSE 'FIRST_LINE' END
  FROM bench_plan p JOIN bench_engineer e ON e.e = p.final_engineer
 WHERE p.handover IN ('ESCALATED', 'PING_PONG');

INSERT INTO bench_step (n, ord, type, at, actor)
SELECT p.n, 9, 'ticket.started', p.handover_at + interval '60 minutes', e.id
  FROM bench_plan p JOIN bench_engineer e ON e.e = p.final_engineer
 WHERE p.handover <> 'NONE';

-- When the final engineer's work starts, and when it is resolved.
CREATE UNLOGGED TABLE bench_work AS
SELECT p.n, p.final_engineer, p.work_logs, p.work_gap, p.r_work, p.reopened, p.confirmed, p.r_close, p.rated, p.score,
       p.caller, p.a,
       CASE WHEN p.handover = 'NONE' THEN p.started_at ELSE p.handover_at + interval '60 minutes' END AS work_from,
       CASE WHEN p.handover = 'NONE' THEN p.started_at ELSE p.handover_at + interval '60 minutes' END
           + p.work_logs * p.work_gap + p.to_resolve AS resolved_at
  FROM bench_plan p;

ANALYZE bench_work;

INSERT INTO bench_step (n, ord, type, at, actor, payload)
SELECT w.n, 9 + k.k, 'ticket.work-logged', w.work_from + k.k * w.work_gap, e.id,
       '"entry":{"engineer":"' || e.id || '","minutes":'
       || (5 + floor(pg_temp.r(w.n, 30 + k.k) * pg_temp.r(w.n, 40 + k.k) * 175))::int || ',"note":"'
       || ar.work || '","forCaller":false,"at":"' || pg_temp.instant(w.work_from + k.k * w.work_gap) || '"}'
  FROM bench_work w
  JOIN generate_series(1, 3) AS k(k) ON k.k <= w.work_logs
  JOIN bench_engineer e ON e.e = w.final_engineer
  JOIN bench_area ar ON ar.a = w.a;

INSERT INTO bench_step (n, ord, type, at, actor, payload)
SELECT w.n, 13, 'ticket.resolved', w.resolved_at, e.id,
       '"resolution":{"code":"' || ar.code || '","note":' || to_json(ar.note) || '}'
  FROM bench_work w JOIN bench_engineer e ON e.e = w.final_engineer JOIN bench_area ar ON ar.a = w.a;

-- Reopened by the caller the next day, started and resolved again by the same engineer.
INSERT INTO bench_step (n, ord, type, at, actor, payload)
SELECT w.n, 14, 'ticket.reopened', w.resolved_at + interval '20 hours', 'S' || lpad(w.caller::text, 5, '0'),
       '"reason":"The problem came back the next morning"'
  FROM bench_work w WHERE w.reopened;

INSERT INTO bench_step (n, ord, type, at, actor)
SELECT w.n, 15, 'ticket.started', w.resolved_at + interval '21 hours', e.id
  FROM bench_work w JOIN bench_engineer e ON e.e = w.final_engineer WHERE w.reopened;

INSERT INTO bench_step (n, ord, type, at, actor, payload)
SELECT w.n, 16, 'ticket.resolved', w.resolved_at + interval '22 hours', e.id,
       '"resolution":{"code":"FIXED","note":"Fixed for good after the second visit."}'
  FROM bench_work w JOIN bench_engineer e ON e.e = w.final_engineer WHERE w.reopened;

-- Closed: confirmed by the caller within hours, or automatically after three days; rated.
INSERT INTO bench_step (n, ord, type, at, actor, payload)
SELECT w.n, 17, 'ticket.closed', c.closed_at,
       CASE WHEN w.confirmed THEN 'S' || lpad(w.caller::text, 5, '0') ELSE 'system' END,
       '"automatically":' || (NOT w.confirmed)::text
  FROM bench_work w
 CROSS JOIN LATERAL (SELECT w.resolved_at + CASE WHEN w.reopened THEN interval '22 hours' ELSE interval '0' END
        + CASE WHEN w.confirmed THEN pg_temp.minutes(10 + w.r_close / 0.30 * 470)
               ELSE interval '3 days' + pg_temp.minutes(1 + w.r_close * 59) END AS closed_at) c;

INSERT INTO bench_step (n, ord, type, at, actor, payload)
SELECT s.n, 18, 'ticket.rated', s.at + interval '2 minutes', 'S' || lpad(w.caller::text, 5, '0'),
       '"satisfaction":{"score":' || w.score || ',"comment":""}'
  FROM bench_step s JOIN bench_work w ON w.n = s.n
 WHERE s.ord = 17 AND w.rated;

-- The year ends: what would happen after it has not happened.
DELETE FROM bench_step WHERE at >= TIMESTAMP '${end_utc}';

ANALYZE bench_step;

-- The event log, in the order things happened; positions given as a sealer would, without
-- chain hashes (as events logged before the chain began: JdbcEventLog.verify() counts them as
-- unchained).
INSERT INTO event (append_id, position, aggregate_id, type, actor, occurred_at, payload) OVERRIDING SYSTEM VALUE
SELECT row_number() OVER w, row_number() OVER w, nb.id::text, s.type, s.actor, s.at,
       ('{"ticketId":"' || nb.id || '"' || COALESCE(',' || s.payload, '') || ',"actor":"' || s.actor
        || '","occurredAt":"' || pg_temp.instant(s.at) || '"}')::jsonb
  FROM bench_step s JOIN bench_number nb ON nb.n = s.n
WINDOW w AS (ORDER BY s.at, s.n, s.ord);

SELECT setval(pg_get_serial_sequence('event', 'append_id'), (SELECT max(append_id) FROM event));

UPDATE event_chain SET last_position = (SELECT COALESCE(max(position), 0) FROM event), last_hash = NULL WHERE id = 1;

-- Each ticket's row: the snapshot its history replays to.
INSERT INTO ticket (id, number, number_key, type, caller, department, category, summary, description, raised_at,
                    status, priority, group_id, engineer, updated_at, version, snapshot)
WITH history AS (
    SELECT s.n,
           count(*) AS version,
           max(s.at) AS updated_at,
           (array_agg(s.type ORDER BY s.ord DESC) FILTER (WHERE s.type NOT IN ('ticket.work-logged', 'ticket.rated')))[1] AS last_step,
           (array_agg(s.grp ORDER BY s.ord DESC) FILTER (WHERE s.holder))[1] AS grp,
           (array_agg(s.eng ORDER BY s.ord DESC) FILTER (WHERE s.holder))[1] AS eng,
           (array_agg(s.tier ORDER BY s.ord DESC) FILTER (WHERE s.holder))[1] AS tier,
           sum(s.reassign) AS reassignments,
           min(s.at) FILTER (WHERE s.type = 'ticket.accepted') AS responded_at,
           (array_agg(s.payload ORDER BY s.ord DESC) FILTER (WHERE s.type = 'ticket.resolved'))[1] AS resolution,
           max(s.at) FILTER (WHERE s.type = 'ticket.resolved') AS resolved_at,
           max(s.at) FILTER (WHERE s.type = 'ticket.closed') AS closed_at,
           max(s.payload) FILTER (WHERE s.type = 'ticket.rated') AS rating,
           COALESCE(jsonb_agg(('{' || s.payload || '}')::jsonb -> 'entry' ORDER BY s.ord)
                        FILTER (WHERE s.type = 'ticket.work-logged'), '[]'::jsonb) AS work_log
      FROM bench_step s
     GROUP BY s.n
), state AS (
    SELECT h.*,
           CASE h.last_step
               WHEN 'ticket.raised' THEN 'NEW'
               WHEN 'ticket.started' THEN 'IN_PROGRESS'
               WHEN 'ticket.resolved' THEN 'RESOLVED'
               WHEN 'ticket.reopened' THEN 'REOPENED'
               WHEN 'ticket.closed' THEN 'CLOSED'
               ELSE 'ASSIGNED' END AS status
      FROM history h
)
SELECT nb.id, nb.number,
       substring(nb.number FROM 1 FOR 9) || lpad(substring(nb.number FROM 10), 19, '0'),
       p.type, 'S' || lpad(p.caller::text, 5, '0'), dep.id, ar.category, ar.summary, ar.description, p.raised_at,
       st.status, pa.rank, g.id, e.id, st.updated_at, st.version,
       jsonb_build_object(
           'id', nb.id, 'number', nb.number, 'type', p.type,
           'details', jsonb_build_object('summary', ar.summary, 'description', ar.description, 'category', ar.category,
               'caller', 'S' || lpad(p.caller::text, 5, '0'), 'department', dep.id, 'location', NULL, 'ciClass', NULL),
           'status', st.status, 'assessment', pa.json::jsonb, 'override', NULL, 'major', FALSE,
           'group', g.id, 'engineer', e.id, 'tier', st.tier, 'reassignments', st.reassignments,
           'respondedAt', pg_temp.instant(st.responded_at), 'holdReason', NULL,
           'resolution', CASE WHEN st.status IN ('RESOLVED', 'CLOSED') THEN ('{' || st.resolution || '}')::jsonb -> 'resolution' END,
           'resolvedAt', CASE WHEN st.status IN ('RESOLVED', 'CLOSED') THEN pg_temp.instant(st.resolved_at) END,
           'closedAt', pg_temp.instant(st.closed_at),
           'satisfaction', ('{' || st.rating || '}')::jsonb -> 'satisfaction',
           'workLog', st.work_log, 'linkedContacts', '[]'::jsonb, 'origin', NULL,
           'raisedAt', pg_temp.instant(p.raised_at), 'updatedAt', pg_temp.instant(st.updated_at), 'version', st.version)
  FROM state st
  JOIN bench_plan p ON p.n = st.n
  JOIN bench_number nb ON nb.n = st.n
  JOIN bench_area ar ON ar.a = p.a
  JOIN bench_department dep ON dep.d = p.department
  JOIN bench_assessment pa ON pa.k = p.assessment
  JOIN bench_group g ON g.g = st.grp
  LEFT JOIN bench_engineer e ON e.e = st.eng;

-- The numbers given: the desk's next ticket of 2026 continues after them (V10: a year's base is
-- minus its last number while the sequence has not been drawn from).
INSERT INTO ticket_number_year (prefix, counter_year, base)
SELECT substring(number FROM 1 FOR 3), substring(number FROM 5 FOR 4)::int, -max(substring(number FROM 10)::bigint)
  FROM ticket GROUP BY 1, 2;

-- The SLA monitor has measured none of these tickets: reports up to their last raising measure them afresh (V14).
UPDATE sla_standing_coverage SET complete_after = (SELECT max(raised_at) FROM ticket) WHERE id = 1
