-- itilhis on MariaDB: the rights of the application's runtime role (docs/database-roles.md).
--
-- The database belongs to an owner user, which runs the migrations (JdbcServiceDeskStorage
-- with DatabaseRoles.ownerAndRuntime). The application's login user has the role
-- itilhis_runtime as its default role, which this script gives what the commands need and no
-- more: every right on the ordinary tables, and on the event log (the audit trail, ADR 0009
-- and 0013) only to read it, to append an event's content and to seal it (position and
-- chain_hash). No user but the owner may delete an event or change what one says. Once set,
-- a sealed event's position and chain hash are never rewritten, not even by the owner, unless
-- the owner drops the trigger event_sealed_once.
--
-- Once, as root (choose the names, hosts and passwords; the names here are the defaults):
--   CREATE DATABASE itilhis CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
--   CREATE USER 'itilhis_owner'@'%' IDENTIFIED BY '...';
--   GRANT ALL PRIVILEGES ON itilhis.* TO 'itilhis_owner'@'%' WITH GRANT OPTION;
--   CREATE ROLE itilhis_runtime WITH ADMIN 'itilhis_owner'@'%';
--   CREATE USER 'itilhis_app'@'%' IDENTIFIED BY '...';
--   GRANT itilhis_runtime TO 'itilhis_app'@'%';
--   SET DEFAULT ROLE itilhis_runtime FOR 'itilhis_app'@'%';
-- After every migration (a new version may bring tables), as the owner, in the database:
--   mariadb -u itilhis_owner -p itilhis < mariadb.sql
-- Running it again is harmless. (With binary logging on, creating the trigger needs SUPER or
-- log_bin_trust_function_creators=1; run the script as root then.)

-- The ordinary tables: projections of the event log and working state (tickets, contacts,
-- numbers, idempotency records, service levels, the CMDB, problems, db-scheduler's timers).
GRANT SELECT, INSERT, UPDATE, DELETE ON ticket TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON contact TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON ticket_number_year TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON sla_configuration TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON sla_calendar TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON sla_watch TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON sla_watch_position TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON sla_standing TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON sla_standing_coverage TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON escalation TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON configuration_item TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON cmdb_revision TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON affected_ci_link TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON problem TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON problem_incident TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON problem_number_year TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON scheduled_tasks TO itilhis_runtime;
-- Ticket and problem numbers and the CMDB's revision are drawn from sequences: NEXT VALUE FOR
-- needs INSERT.
GRANT SELECT, INSERT ON ticket_number_inc_seq TO itilhis_runtime;
GRANT SELECT, INSERT ON ticket_number_req_seq TO itilhis_runtime;
GRANT SELECT, INSERT ON cmdb_revision_seq TO itilhis_runtime;
GRANT SELECT, INSERT ON problem_number_seq TO itilhis_runtime;
-- Knowledge articles, their linked items and their numbers' years, like problems; article
-- numbers are drawn from their sequence.
GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_article TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_article_ci TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_article_number_year TO itilhis_runtime;
GRANT SELECT, INSERT ON knowledge_article_number_seq TO itilhis_runtime;
-- Changes, their touched items and their numbers' years, like problems, and the change
-- configuration (advisory boards, templates, windows: saved, replaced, a window removed);
-- change numbers are drawn from their sequence.
GRANT SELECT, INSERT, UPDATE, DELETE ON change_record TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON change_ci TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON change_number_year TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON change_advisory_board TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON change_template TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON change_window TO itilhis_runtime;
GRANT SELECT, INSERT ON change_number_seq TO itilhis_runtime;
-- Releases, their bundled changes and their numbers' years, like problems; release numbers are
-- drawn from their sequence.
GRANT SELECT, INSERT, UPDATE, DELETE ON release_record TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON release_change TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON release_number_year TO itilhis_runtime;
GRANT SELECT, INSERT ON release_number_seq TO itilhis_runtime;
-- On-call pages are recorded and settled, never deleted: the trace of who was paged for a
-- clinical-critical ticket and what became of it.
GRANT SELECT, INSERT, UPDATE ON on_call_page TO itilhis_runtime;
-- The workload projection's facts, intervals, tracks and position (cleared on a rebuild).
GRANT SELECT, INSERT, UPDATE, DELETE ON workload_position TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON workload_fact TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON workload_interval TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON workload_track TO itilhis_runtime;
-- The duty roster: the groups' shift sets, rosters and their duties (rewritten with each save),
-- duty swaps and shift handovers.
GRANT SELECT, INSERT, UPDATE, DELETE ON roster_shift_set TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON roster TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON roster_duty TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON roster_swap TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON shift_handover TO itilhis_runtime;
-- The incidents raised for faults on items: a fault linked, relinked to a new incident, never deleted.
GRANT SELECT, INSERT, UPDATE ON fault_incident_link TO itilhis_runtime;
-- The inspection rounds: template versions (only ever added), schedules, rounds and the failed
-- items of recorded rounds (rewritten with each save).
GRANT SELECT, INSERT ON inspection_template TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON inspection_schedule TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON inspection_round TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON inspection_failed_item TO itilhis_runtime;
-- operations: backups. Backup jobs are defined and redefined; their runs, missed runs and restore
-- tests are recorded once and never changed or deleted.
GRANT SELECT, INSERT, UPDATE ON backup_job TO itilhis_runtime;
GRANT SELECT, INSERT ON backup_run TO itilhis_runtime;
GRANT SELECT, INSERT ON backup_missed_run TO itilhis_runtime;
GRANT SELECT, INSERT ON restore_test TO itilhis_runtime;
-- operations: stock. Items and store rooms kept at their versions, each item's balance per room
-- (changed in place, never deleted), and the ledger of movements, only ever appended (position
-- is AUTO_INCREMENT).
GRANT SELECT, INSERT, UPDATE ON stock_item TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON stock_store_room TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON stock_balance TO itilhis_runtime;
GRANT SELECT, INSERT (id, item_code, kind, department, quantity, occurred_at, movement) ON stock_movement
    TO itilhis_runtime;
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
GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preference TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON group_robot TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON message_template TO itilhis_runtime;
-- The notification relay: each subscriber's position, started once and moved on, never deleted;
-- its pending deliveries, added, changed and removed once delivered or skipped.
GRANT SELECT, INSERT, UPDATE ON relay_position TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON relay_pending TO itilhis_runtime;
-- Availability: outages declared, ended, corrected and withdrawn in place (their history is in the
-- event log), targets set and set again; never deleted.
GRANT SELECT, INSERT, UPDATE ON declared_outage TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON availability_target TO itilhis_runtime;
-- Monitoring, the alert intake: the sources and the mapping rules saved at their versions, never
-- deleted (disabled instead); the alert log only ever appended, its head moved by each delivery;
-- the rejections only ever appended (their id comes from the identity column).
GRANT SELECT, INSERT, UPDATE ON alert_source TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON alert_mapping TO itilhis_runtime;
GRANT SELECT, INSERT ON alert TO itilhis_runtime;
GRANT SELECT, UPDATE (last_position) ON alert_log_head TO itilhis_runtime;
GRANT SELECT, INSERT (source, reason, field, detail, excerpt, received_at) ON alert_rejection TO itilhis_runtime;
-- Monitoring, the correlation: its working state (the correlator's position, the alerts'
-- standings, the items' current states, the incidents of problems and groups, replaced as they
-- move on), and the history that availability reads (the items' state periods, closed in place,
-- and the alerts' incidents, only ever added).
GRANT SELECT, UPDATE ON monitoring_correlator_position TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON monitoring_alert_standing TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON ci_operational_state TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON monitoring_problem_incident TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON monitoring_correlation_group TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON monitoring_group_service TO itilhis_runtime;
GRANT SELECT, INSERT, UPDATE ON ci_state_period TO itilhis_runtime;
GRANT SELECT, INSERT ON monitoring_alert_incident TO itilhis_runtime;

-- Dismissed candidate problems are only ever added: read them and add one (seq is AUTO_INCREMENT).
GRANT SELECT, INSERT (rule_name, dismissal_key, dismissed_at, dismissed_by, reason) ON problem_dismissal TO itilhis_runtime;

-- The event log: read it, append an event's content (append_id is AUTO_INCREMENT), and seal:
-- the sealer sets position and chain_hash of the events it seals, and moves the chain's head.
-- No DELETE, no UPDATE of aggregate_id, type, actor, occurred_at or payload, and no INSERT of
-- a position or hash.
GRANT SELECT, INSERT (aggregate_id, type, actor, occurred_at, payload), UPDATE (position, chain_hash)
    ON event TO itilhis_runtime;
GRANT SELECT, UPDATE (last_position, last_hash) ON event_chain TO itilhis_runtime;

-- The personal-data read log (ADR 0014) is append-only too: read it and append a read (seq is
-- AUTO_INCREMENT). No UPDATE, no DELETE: the hospital's retention runs as the owner.
GRANT SELECT, INSERT (read_at, reader, record_kind, record_id, origin, purpose) ON personal_data_read
    TO itilhis_runtime;

-- The application checks at start that it sees the schema version the owner migrated to.
GRANT SELECT ON flyway_schema_history TO itilhis_runtime;

-- The sealer sets a position and hash once, on an event that has none; nobody rewrites them
-- afterwards (which would let the runtime role reorder sealed events and recompute the chain).
DROP TRIGGER IF EXISTS event_sealed_once;
DELIMITER //
CREATE TRIGGER event_sealed_once BEFORE UPDATE ON event FOR EACH ROW
BEGIN
    IF OLD.position IS NOT NULL
            AND NOT (NEW.position <=> OLD.position AND NEW.chain_hash <=> OLD.chain_hash) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'a sealed event keeps its position and chain hash (event_sealed_once)';
    END IF;
END//
DELIMITER ;
