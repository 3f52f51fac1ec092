-- Who gets what (issue 19): the hospital's notification rules (one list, whole as JSON, at its
-- version; no row while the library's default rules apply), people's preferences (one per
-- person; address_key is the address as looked up: an e-mail address in lower case), the
-- groups' chat robots (one per group and channel; the webhook and a DingTalk secret are kept as
-- given, since messages are sent and signed with them: only views and events mask them), and the
-- hospital's message templates (one per event type and language). Their history is in the event
-- log (notification-settings.* events).

CREATE TABLE notification_rule_list (
    id              VARCHAR(20) ${ascii}  NOT NULL,
    version         BIGINT                NOT NULL,
    rules           ${json}               NOT NULL,
    PRIMARY KEY (id)
)${table_options};

CREATE TABLE notification_preference (
    staff_id        VARCHAR(64)           NOT NULL,
    channel         VARCHAR(10) ${ascii}  NOT NULL,
    address_key     VARCHAR(254)          NOT NULL,
    definition      ${json}               NOT NULL,
    PRIMARY KEY (staff_id)
)${table_options};

CREATE INDEX notification_preference_address_ix ON notification_preference (channel, address_key);

CREATE TABLE group_robot (
    group_id        VARCHAR(64)           NOT NULL,
    channel         VARCHAR(10) ${ascii}  NOT NULL,
    definition      ${json}               NOT NULL,
    PRIMARY KEY (group_id, channel)
)${table_options};

CREATE TABLE message_template (
    event_type      VARCHAR(64) ${ascii}  NOT NULL,
    language        VARCHAR(8) ${ascii}   NOT NULL,
    definition      ${json}               NOT NULL,
    PRIMARY KEY (event_type, language)
)${table_options};
