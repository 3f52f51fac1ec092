-- Replies by e-mail (issue 19): one row per mail of the replies mailbox the library handled,
-- keyed by its Message-ID, so that a mail read twice (a crash before it was marked processed,
-- a second node) is acted on once. outcome is ACCEPTED (logged as the caller's contact,
-- contact_id, and linked to the ticket) or the reason it was refused; refused lists the
-- refusals for the service desk, newest first. message_id compares byte by byte (the keyset of
-- the refusals' pages orders by it). Every *_at column holds UTC.
CREATE TABLE mail_reply (
    message_id    VARCHAR(250) ${binary}  NOT NULL,
    sender        VARCHAR(320)            NOT NULL,
    subject       VARCHAR(250)            NOT NULL,
    received_at   ${timestamp}            NOT NULL,
    handled_at    ${timestamp}            NOT NULL,
    outcome       VARCHAR(20) ${ascii}    NOT NULL,
    refused       BOOLEAN                 NOT NULL,
    detail        VARCHAR(250)            NOT NULL,
    ticket_number VARCHAR(30) ${ascii},
    contact_id    VARCHAR(36) ${ascii},
    PRIMARY KEY (message_id)
)${table_options};

-- the refusals, newest first
CREATE INDEX mail_reply_refused_ix ON mail_reply (refused, handled_at, message_id);
