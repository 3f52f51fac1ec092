-- Availability on JDBC (issue 20): the outages declared on incidents and the business services'
-- availability targets, each a row with the columns its reads filter on beside the whole
-- snapshot as JSON, which is what is restored. ci_id and incident_id name a configuration item
-- and a ticket, without foreign keys, as affected_ci_link does. Every *_at column holds UTC.

CREATE TABLE declared_outage (
    id          ${uuid}              NOT NULL,
    -- the id as text: what a version conflict names
    number      VARCHAR(36) ${ascii} NOT NULL,
    incident_id ${uuid}              NOT NULL,
    ci_id       ${uuid}              NOT NULL,
    start_at    ${timestamp}         NOT NULL,
    -- null while the item is still out
    end_at      ${timestamp},
    withdrawn   BOOLEAN              NOT NULL,
    version     BIGINT               NOT NULL,
    snapshot    ${json}              NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT declared_outage_number_uk UNIQUE (number)
)${table_options};

-- an incident's outages
CREATE INDEX declared_outage_incident_ix ON declared_outage (incident_id, start_at);
-- the outages of a period, for the availability report
CREATE INDEX declared_outage_period_ix ON declared_outage (start_at, end_at);

-- One target per business service: id is the service's configuration item.
CREATE TABLE availability_target (
    id                ${uuid}              NOT NULL,
    number            VARCHAR(36) ${ascii} NOT NULL,
    catalogue_service VARCHAR(100)         NOT NULL,
    version           BIGINT               NOT NULL,
    snapshot          ${json}              NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT availability_target_number_uk UNIQUE (number)
)${table_options};
