-- On-call routing (issue 17): one row per person of an on-call chain paged for a
-- clinical-critical ticket, the first when the ticket was raised out of office hours, the
-- next ones when the one before had not accepted it by the deadline. (ticket_id,
-- chain_position) is the key: the database, not a prior read, decides which of two nodes
-- passes a ticket on. A page is open while settled_at is NULL; the on-call escalation reads
-- the open pages whose deadline has passed. chain is the whole on-call chain as the roster
-- gave it at raise, a JSON array of staff ids. Every *_at column and deadline hold UTC.
CREATE TABLE on_call_page (
    ticket_id      ${uuid}                NOT NULL,
    chain_position INTEGER                NOT NULL,
    ticket_number  VARCHAR(24) ${ascii}   NOT NULL,
    group_id       VARCHAR(64)            NOT NULL,
    engineer       VARCHAR(64)            NOT NULL,
    chain          ${json}                NOT NULL,
    paged_at       ${timestamp}           NOT NULL,
    deadline       ${timestamp}           NOT NULL,
    -- ACCEPTED, OVERTAKEN, PASSED_ON or LEAD_TOLD once settled, with settled_at
    outcome        VARCHAR(20),
    settled_at     ${timestamp},
    PRIMARY KEY (ticket_id, chain_position)
)${table_options};

-- the due pages: open ones (settled_at NULL) by deadline
CREATE INDEX on_call_page_due_ix ON on_call_page (settled_at, deadline);
