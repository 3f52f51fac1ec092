-- Whether a watched ticket was at risk when last measured (a threshold crossed, the
-- resolution clock not stopped), so that the at-risk list measures only those and the watches
-- due by now (JdbcSlaWatchList.atRiskOrDue) instead of every open ticket. Watches stored
-- before this column are made due at once: the at-risk list measures them, and the monitor's
-- next run measures them again and stores their flag.
ALTER TABLE sla_watch ADD COLUMN at_risk BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE sla_watch SET next_check_at = '1970-01-01 00:00:00';

CREATE INDEX sla_watch_at_risk_ix ON sla_watch (at_risk, ticket_id);
