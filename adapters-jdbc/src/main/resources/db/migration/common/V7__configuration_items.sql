-- Configuration management on JDBC: one row per configuration item (the columns the service
-- desk's searches match on, plus the whole snapshot as JSON, which is what is restored), the
-- CMDB's revision and the links between tickets and the items they affect.
--
-- The match columns hostname, ip_address, management_ip, campus, building, floor, room,
-- asset_tag_key and name_key hold lower-cased copies (Locale.ROOT) of the values (twice as
-- long as the domain allows, as lower-casing may lengthen a text), so that a
-- plain equality or LIKE on them ignores case on every database and an ordinary index serves
-- it; the snapshot keeps the values as entered. hostname is the hostname attribute,
-- ip_address and management_ip the ipAddress and managementIp attributes (NULL when absent).
-- asset_tag is the exact tag: unique (the final word when two imports race) and, in a binary
-- collation, the order of search results (Java's String order, as the in-memory adapter).
CREATE TABLE configuration_item (
    id                ${uuid}                 NOT NULL,
    asset_tag         VARCHAR(64) ${binary}   NOT NULL,
    asset_tag_key     VARCHAR(128)            NOT NULL,
    class_code        VARCHAR(100)            NOT NULL,
    status            VARCHAR(20)             NOT NULL,
    name_key          VARCHAR(400)            NOT NULL,
    hostname          VARCHAR(255),
    ip_address        VARCHAR(255),
    management_ip     VARCHAR(255),
    campus            VARCHAR(200),
    building          VARCHAR(200),
    floor             VARCHAR(200),
    room              VARCHAR(200),
    owning_department VARCHAR(64),
    version           BIGINT                  NOT NULL,
    snapshot          ${json}                 NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT configuration_item_asset_tag_uq UNIQUE (asset_tag)
)${table_options};

CREATE INDEX configuration_item_hostname_ix ON configuration_item (hostname);
CREATE INDEX configuration_item_ip_address_ix ON configuration_item (ip_address);
CREATE INDEX configuration_item_management_ip_ix ON configuration_item (management_ip);
-- A caller's location gives its parts from the campus down, or from the building down: the
-- leading columns of one of these serve it. (Three columns each: MariaDB keys are at most
-- 3072 bytes.)
CREATE INDEX configuration_item_campus_ix ON configuration_item (campus, building, floor);
CREATE INDEX configuration_item_building_ix ON configuration_item (building, floor, room);
CREATE INDEX configuration_item_class_ix ON configuration_item (class_code, asset_tag);
CREATE INDEX configuration_item_department_ix ON configuration_item (owning_department, asset_tag);
CREATE INDEX configuration_item_status_ix ON configuration_item (status, asset_tag);

-- A single row (id 1): the CMDB's revision, set in the transaction of every save to the next
-- value of cmdb_revision_seq. The update locks the row, so saves of items commit one after
-- another; a sequence never hands a value out twice, also when the transaction that drew it
-- rolls back, so a revision seen inside a rolled-back transaction never comes back.
CREATE SEQUENCE cmdb_revision_seq START WITH 1;

CREATE TABLE cmdb_revision (
    id       SMALLINT                         NOT NULL,
    revision BIGINT                           NOT NULL,
    PRIMARY KEY (id)
)${table_options};

INSERT INTO cmdb_revision (id, revision) VALUES (1, 0);

-- Which configuration items each incident or service request affects; kept once, never changed.
CREATE TABLE affected_ci_link (
    ticket_id ${uuid}                         NOT NULL,
    ci_id     ${uuid}                         NOT NULL,
    PRIMARY KEY (ticket_id, ci_id)
)${table_options};

CREATE INDEX affected_ci_link_ci_ix ON affected_ci_link (ci_id, ticket_id);
