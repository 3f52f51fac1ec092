-- Monitoring's correlation (issue 20): the correlator's place in the alert log (one row, moved by
-- compare-and-set in the transaction that correlated the alerts up to it); where each alert
-- (source, fingerprint) stands on its item, from the latest delivery that counted; each item's
-- current observed state when not operational, and the history of its states as periods (open
-- while end_at is null), which availability reads as observed outages; which incident each alert
-- belongs to, which incident stands for each item and problem (the alert's name), and the groups
-- the correlator opened with the business services they group by. Times in UTC. No foreign keys
-- to ticket or configuration_item: links name them by id, as affected_ci_link does.

CREATE TABLE monitoring_correlator_position (
    id        INTEGER NOT NULL,
    position  BIGINT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT monitoring_correlator_position_one_ck CHECK (id = 1)
)${table_options};

INSERT INTO monitoring_correlator_position (id, position) VALUES (1, 0);

CREATE TABLE monitoring_alert_standing (
    source       VARCHAR(100) ${ascii}   NOT NULL,
    fingerprint  VARCHAR(200) ${binary}  NOT NULL,
    ci_id        ${uuid}                 NOT NULL,
    name         VARCHAR(200)            NOT NULL,
    status       VARCHAR(10)  ${ascii}   NOT NULL,
    severity     VARCHAR(10)  ${ascii}   NOT NULL,
    standing_at  ${timestamp}            NOT NULL,
    position     BIGINT                  NOT NULL,
    PRIMARY KEY (source, fingerprint),
    CONSTRAINT monitoring_alert_standing_status_ck CHECK (status IN ('FIRING', 'RESOLVED'))
)${table_options};

-- the alerts firing on an item
CREATE INDEX monitoring_alert_standing_ci_ix ON monitoring_alert_standing (ci_id, status);

CREATE TABLE ci_operational_state (
    ci_id      ${uuid}                NOT NULL,
    state      VARCHAR(12) ${ascii}   NOT NULL,
    since_at   ${timestamp}           NOT NULL,
    reference  VARCHAR(200)           NOT NULL,
    PRIMARY KEY (ci_id),
    CONSTRAINT ci_operational_state_ck CHECK (state IN ('DEGRADED', 'DOWN'))
)${table_options};

CREATE TABLE ci_state_period (
    period_id  ${identity},
    ci_id      ${uuid}                NOT NULL,
    state      VARCHAR(12) ${ascii}   NOT NULL,
    start_at   ${timestamp}           NOT NULL,
    end_at     ${timestamp},
    reference  VARCHAR(200)           NOT NULL,
    PRIMARY KEY (period_id),
    CONSTRAINT ci_state_period_ck CHECK (state IN ('DEGRADED', 'DOWN'))
)${table_options};

-- an item's periods in order, and its open one
CREATE INDEX ci_state_period_ci_ix ON ci_state_period (ci_id, start_at);
-- every item's periods overlapping a stretch of time
CREATE INDEX ci_state_period_start_ix ON ci_state_period (start_at);

CREATE TABLE monitoring_alert_incident (
    position     BIGINT                  NOT NULL,
    source       VARCHAR(100) ${ascii}   NOT NULL,
    fingerprint  VARCHAR(200) ${binary}  NOT NULL,
    ci_id        ${uuid}                 NOT NULL,
    ticket_id    ${uuid}                 NOT NULL,
    PRIMARY KEY (position)
)${table_options};

-- the latest link of an alert's deliveries; the alerts of an incident
CREATE INDEX monitoring_alert_incident_alert_ix ON monitoring_alert_incident (source, fingerprint, position);
CREATE INDEX monitoring_alert_incident_ticket_ix ON monitoring_alert_incident (ticket_id, position);

CREATE TABLE monitoring_problem_incident (
    ci_id      ${uuid}         NOT NULL,
    name       VARCHAR(150)    NOT NULL,
    ticket_id  ${uuid}         NOT NULL,
    PRIMARY KEY (ci_id, name)
)${table_options};

CREATE TABLE monitoring_correlation_group (
    ticket_id    ${uuid}        NOT NULL,
    cause_ci_id  ${uuid}        NOT NULL,
    opened_at    ${timestamp}   NOT NULL,
    PRIMARY KEY (ticket_id)
)${table_options};

CREATE INDEX monitoring_correlation_group_opened_ix ON monitoring_correlation_group (opened_at);

CREATE TABLE monitoring_group_service (
    ticket_id      ${uuid}  NOT NULL,
    service_ci_id  ${uuid}  NOT NULL,
    PRIMARY KEY (ticket_id, service_ci_id)
)${table_options};
