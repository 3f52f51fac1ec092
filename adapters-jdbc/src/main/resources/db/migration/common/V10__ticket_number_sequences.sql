-- Ticket numbers from a database sequence per prefix (ADR 0010), replacing the counter rows
-- that a raise kept locked from its draw to its commit (ADR 0008). A number is the sequence's
-- value less the base of its prefix and year; the first raise of a year sets the base to the
-- value before its own, so each year starts again at 1. A sequence is not rolled back and
-- holds no lock: raises never wait for each other, and a rolled-back raise leaves a gap.
--
-- The counts so far carry on: a year's base is minus its last number, so the sequence's first
-- value, 1, continues it at last_number + 1.
CREATE SEQUENCE ticket_number_inc_seq START WITH 1;

CREATE SEQUENCE ticket_number_req_seq START WITH 1;

CREATE TABLE ticket_number_year (
    prefix       VARCHAR(3) ${ascii}      NOT NULL,
    counter_year INTEGER                  NOT NULL,
    base         BIGINT                   NOT NULL,
    PRIMARY KEY (prefix, counter_year)
)${table_options};

INSERT INTO ticket_number_year (prefix, counter_year, base)
    SELECT prefix, counter_year, -last_number FROM ticket_counter;

DROP TABLE ticket_counter;
