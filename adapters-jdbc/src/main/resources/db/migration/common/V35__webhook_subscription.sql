-- Webhook subscriptions (issue 19): each the current version only, whole as JSON with its
-- secrets (the history, without secrets, is in the event log); the count of consecutive failed
-- deliveries beside the version, so that counting a delivery never conflicts with a person's edit.

CREATE TABLE webhook_subscription (
    id                    VARCHAR(36) ${ascii}  NOT NULL,
    version               BIGINT                NOT NULL,
    consecutive_failures  INTEGER               NOT NULL,
    subscription          ${json}               NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT webhook_subscription_failures_never_negative CHECK (consecutive_failures >= 0)
)${table_options};
