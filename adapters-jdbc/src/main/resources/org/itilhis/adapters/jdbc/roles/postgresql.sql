-- itilhis on PostgreSQL: the rights of the application's runtime role (docs/database-roles.md).
--
-- The schema belongs to an owner role, which runs the migrations (JdbcServiceDeskStorage with
-- DatabaseRoles.ownerAndRuntime). The application's login user is a member of the role
-- itilhis_runtime, which this script gives what the commands need and no more: every right on
-- the ordinary tables, and on the event log (the audit trail, ADR 0009 and 0013) only to read
-- it, to append an event's content and to seal it (position and chain_hash). No role but the
-- owner may delete an event or change what one says. Once set, a sealed event's position and
-- chain hash are never rewritten, not even by the owner, unless the owner drops or disables
-- the trigger event_sealed_once.
--
-- Once, as a superuser (choose the names and passwords; the names here are the defaults):
--   CREATE ROLE itilhis_owner LOGIN PASSWORD '...';
--   CREATE SCHEMA itilhis AUTHORIZATION itilhis_owner;   -- or a database owned by it
--   CREATE ROLE itilhis_runtime NOLOGIN;
--   CREATE ROLE itilhis_app LOGIN PASSWORD '...' IN ROLE itilhis_runtime;
-- After every migration (a new version may bring tables), as the owner, with the schema first
-- in the search path:
--   PGOPTIONS='-c search_path=itilhis' psql -v ON_ERROR_STOP=1 -U itilhis_owner -d <database> -f postgresql.sql
-- Running it again is harmless: it takes back what it gives before giving it again.

DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO itilhis_runtime', current_schema());
END
$$;

REVOKE ALL ON ticket, contact, ticket_number_year, idempotency, sla_configuration, sla_calendar, sla_watch,
    sla_watch_position, sla_standing, sla_standing_coverage, escalation, configuration_item, cmdb_revision,
    affected_ci_link, problem, problem_incident, problem_number_year, problem_dismissal, scheduled_tasks, event,
    event_chain, personal_data_read, flyway_schema_history FROM itilhis_runtime;
REVOKE ALL ON SEQUENCE ticket_number_inc_seq, ticket_number_req_seq, cmdb_revision_seq, problem_number_seq
    FROM itilhis_runtime;
REVOKE ALL ON knowledge_article, knowledge_article_ci, knowledge_article_number_year FROM itilhis_runtime;
REVOKE ALL ON SEQUENCE knowledge_article_number_seq FROM itilhis_runtime;
REVOKE ALL ON change_record, change_ci, change_number_year, change_advisory_board, change_template, change_window
    FROM itilhis_runtime;
REVOKE ALL ON SEQUENCE change_number_seq FROM itilhis_runtime;
REVOKE ALL ON release_record, release_change, release_number_year FROM itilhis_runtime;
REVOKE ALL ON SEQUENCE release_number_seq FROM itilhis_runtime;
REVOKE ALL ON on_call_page FROM itilhis_runtime;
REVOKE ALL ON workload_position, workload_fact, workload_interval, workload_track FROM itilhis_runtime;
REVOKE ALL ON roster_shift_set, roster, roster_duty, roster_swap, shift_handover FROM itilhis_runtime;
REVOKE ALL ON fault_incident_link FROM itilhis_runtime;
REVOKE ALL ON inspection_template, inspection_schedule, inspection_round, inspection_failed_item FROM itilhis_runtime;
-- operations: backups
REVOKE ALL ON backup_job, backup_run, backup_missed_run, restore_test FROM itilhis_runtime;
REVOKE ALL ON stock_item, stock_store_room, stock_balance, stock_movement FROM itilhis_runtime;
REVOKE ALL ON repair_record FROM itilhis_runtime;
REVOKE ALL ON machine_room_entry FROM itilhis_runtime;
REVOKE ALL ON webhook_subscription FROM itilhis_runtime;
REVOKE ALL ON mail_reply FROM itilhis_runtime;
-- notifications: who gets what
REVOKE ALL ON notification_rule_list, notification_preference, group_robot, message_template FROM itilhis_runtime;
-- notifications: the relay
REVOKE ALL ON relay_position, relay_pending FROM itilhis_runtime;
-- availability
REVOKE ALL ON declared_outage, availability_target FROM itilhis_runtime;
-- monitoring: the alert intake
REVOKE ALL ON alert_source, alert_mapping, alert, alert_log_head, alert_rejection FROM itilhis_runtime;
-- monitoring: the correlation
REVOKE ALL ON monitoring_correlator_position, monitoring_alert_standing, ci_operational_state, ci_state_period,
    monitoring_alert_incident, monitoring_problem_incident, monitoring_correlation_group, monitoring_group_service
    FROM itilhis_runtime;

-- The ordinary tables: projections of the event log and working state (tickets, contacts,
-- numbers, idempotency records, service levels, the CMDB, problems, db-scheduler's timers).
GRANT SELECT, INSERT, UPDATE, DELETE ON ticket, contact, ticket_number_year, idempotency, sla_configuration,
    sla_calendar, sla_watch, sla_watch_position, sla_standing, sla_standing_coverage, escalation, configuration_item,
    cmdb_revision, affected_ci_link, problem, problem_incident, problem_number_year, scheduled_tasks TO itilhis_runtime;
-- Ticket and problem numbers and the CMDB's revision are drawn from sequences (nextval).
GRANT USAGE ON SEQUENCE ticket_number_inc_seq, ticket_number_req_seq, cmdb_revision_seq, problem_number_seq
    TO itilhis_runtime;
-- Knowledge articles, their linked items and their numbers' years, like problems; article
-- numbers are drawn from their sequence (nextval).
GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_article, knowledge_article_ci, knowledge_article_number_year
    TO itilhis_runtime;
GRANT USAGE ON SEQUENCE knowledge_article_number_seq TO itilhis_runtime;
-- Changes, their touched items and their numbers' years, like problems, and the change
-- configuration (advisory boards, templates, windows: saved, replaced, a window removed);
-- change numbers are drawn from their sequence (nextval).
GRANT SELECT, INSERT, UPDATE, DELETE ON change_record, change_ci, change_number_year, change_advisory_board,
    change_template, change_window TO itilhis_runtime;
GRANT USAGE ON SEQUENCE change_number_seq TO itilhis_runtime;
-- Releases, their bundled changes and their numbers' years, like problems; release numbers are
-- drawn from their sequence (nextval).
GRANT SELECT, INSERT, UPDATE, DELETE ON release_record, release_change, release_number_year TO itilhis_runtime;
GRANT USAGE ON SEQUENCE release_number_seq TO itilhis_runtime;
-- On-call pages are recorded and settled, never deleted: the trace of who was paged for a
-- clinical-critical ticket and what became of it.
GRANT SELECT, INSERT, UPDATE ON on_call_page TO itilhis_runtime;
-- The workload projection's facts, intervals, tracks and position (cleared on a rebuild).
GRANT SELECT, INSERT, UPDATE, DELETE ON workload_position, workload_fact, workload_interval, workload_track
    TO itilhis_runtime;
-- The duty roster: the groups' shift sets, rosters and their duties (rewritten with each save),
-- duty swaps and shift handovers.
GRANT SELECT, INSERT, UPDATE, DELETE ON roster_shift_set, roster, roster_duty, roster_swap, shift_handover
    TO itilhis_runtime;
-- The incidents raised for faults on items: a fault linked, relinked to a new incident, never deleted.
GRANT SELECT, INSERT, UPDATE ON fault_incident_link TO itilhis_runtime;
-- The inspection rounds: template versions (only ever added), schedules and rounds (changed,
-- never deleted) and the failed items of recorded rounds (rewritten with each save).
GRANT SELECT, INSERT ON inspection_template TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON inspection_schedule, inspection_round TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON inspection_failed_item TO itilhis_runtime;
-- operations: backups. Backup jobs are defined and redefined; their runs, missed runs and restore
-- tests are recorded once and never changed or deleted.
GRANT SELECT, INSERT, UPDATE ON backup_job TO itilhis_runtime;
GRANT SELECT, INSERT ON backup_run, backup_missed_run, restore_test TO itilhis_runtime;
-- operations: stock. Items and store rooms kept at their versions, each item's balance per room
-- (changed in place, never deleted), and the ledger of movements, only ever appended (position
-- comes from its identity column).
GRANT SELECT, INSERT, UPDATE ON stock_item, stock_store_room, stock_balance TO itilhis_runtime;
GRANT SELECT ON stock_movement TO itilhis_runtime;
GRANT INSERT (id, item_code, kind, department, quantity, occurred_at, movement) ON stock_movement TO itilhis_runtime;
-- Repairs: inserted when opened, updated at each step; never deleted.
GRANT SELECT, INSERT, UPDATE ON repair_record TO itilhis_runtime;
-- The machine room log: entries recorded, a visit's time out added, never deleted.
GRANT SELECT, INSERT, UPDATE ON machine_room_entry TO itilhis_runtime;
-- Webhook subscriptions: subscribed, changed at their versions, failures counted, deleted.
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_subscription TO itilhis_runtime;
-- Replies by e-mail: each handled mail recorded once with its outcome, never changed or deleted.
GRANT SELECT, INSERT ON mail_reply TO itilhis_runtime;
-- Notifications, who gets what: the rule list replaced at its versions; preferences, group robots
-- and message templates set, replaced and removed (their history is in the event log).
GRANT SELECT, INSERT, UPDATE ON notification_rule_list TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preference, group_robot, message_template TO itilhis_runtime;
-- The notification relay: each subscriber's position, started once and moved on, never deleted;
-- its pending deliveries, added, changed and removed once delivered or skipped.
GRANT SELECT, INSERT, UPDATE ON relay_position TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON relay_pending TO itilhis_runtime;
-- Availability: outages declared, ended, corrected and withdrawn in place (their history is in the
-- event log), targets set and set again; never deleted.
GRANT SELECT, INSERT, UPDATE ON declared_outage, availability_target TO itilhis_runtime;
-- Monitoring, the alert intake: the sources and the mapping rules saved at their versions, never
-- deleted (disabled instead); the alert log only ever appended, its head moved by each delivery;
-- the rejections only ever appended (their id comes from the identity column).
GRANT SELECT, INSERT, UPDATE ON alert_source, alert_mapping TO itilhis_runtime;
GRANT SELECT, INSERT ON alert TO itilhis_runtime;
GRANT SELECT, UPDATE (last_position) ON alert_log_head TO itilhis_runtime;
GRANT SELECT, INSERT (source, reason, field, detail, excerpt, received_at) ON alert_rejection TO itilhis_runtime;
-- Monitoring, the correlation: its working state (the correlator's position, the alerts'
-- standings, the items' current states, the incidents of problems and groups, replaced as they
-- move on), and the history that availability reads (the items' state periods, closed in place,
-- and the alerts' incidents, only ever added).
GRANT SELECT, UPDATE ON monitoring_correlator_position TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON monitoring_alert_standing TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON ci_operational_state, monitoring_problem_incident,
    monitoring_correlation_group, monitoring_group_service TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON ci_state_period TO itilhis_runtime;
GRANT SELECT, INSERT ON monitoring_alert_incident TO itilhis_runtime;

-- Dismissed candidate problems are only ever added: read them and add one (seq comes from its
-- identity column).
GRANT SELECT ON problem_dismissal TO itilhis_runtime;
GRANT INSERT (rule_name, dismissal_key, dismissed_at, dismissed_by, reason) ON problem_dismissal TO itilhis_runtime;

-- The event log: read it, append an event's content (append_id comes from its identity column),
-- and seal: the sealer sets position and chain_hash of the events it seals, and moves the
-- chain's head. No DELETE, no UPDATE of aggregate_id, type, actor, occurred_at or payload, and
-- no INSERT of a position or hash.
GRANT SELECT ON event TO itilhis_runtime;
GRANT INSERT (aggregate_id, type, actor, occurred_at, payload) ON event TO itilhis_runtime;
GRANT UPDATE (position, chain_hash) ON event TO itilhis_runtime;
GRANT SELECT ON event_chain TO itilhis_runtime;
GRANT UPDATE (last_position, last_hash) ON event_chain TO itilhis_runtime;

-- The personal-data read log (ADR 0014) is append-only too: read it and append a read (seq comes
-- from its identity column). No UPDATE, no DELETE: the hospital's retention runs as the owner.
GRANT SELECT ON personal_data_read TO itilhis_runtime;
GRANT INSERT (read_at, reader, record_kind, record_id, origin, purpose) ON personal_data_read TO itilhis_runtime;

-- The application checks at start that it sees the schema version the owner migrated to.
GRANT SELECT ON flyway_schema_history TO itilhis_runtime;

-- The sealer sets a position and hash once, on an event that has none; nobody rewrites them
-- afterwards (which would let the runtime role reorder sealed events and recompute the chain).
CREATE OR REPLACE FUNCTION event_sealed_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.position IS NOT NULL
            AND (NEW.position IS DISTINCT FROM OLD.position OR NEW.chain_hash IS DISTINCT FROM OLD.chain_hash) THEN
        RAISE EXCEPTION 'a sealed event keeps its position and chain hash (event_sealed_once)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS event_sealed_once ON event;
CREATE TRIGGER event_sealed_once BEFORE UPDATE OF position, chain_hash ON event
    FOR EACH ROW EXECUTE FUNCTION event_sealed_once();
