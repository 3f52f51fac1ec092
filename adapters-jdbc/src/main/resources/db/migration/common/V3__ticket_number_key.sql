-- Work-queue order breaks ties of priority and raised-at by ticket number: type, year, then
-- the sequence as a number (org.itilhis.core.ticket.WorkQueueOrder.NUMBERS). The number
-- column sorts as text, which agrees only while sequences have six digits: INC-2026-1000000
-- sorts before INC-2026-999999. number_key is the number with its sequence zero-padded to 19
-- digits (any positive long), so that its binary text order is the number order; the
-- adapter writes it with the other fixed columns (SqlValues.numberKey), and searches order
-- and page on it. The queue and order indexes end in it instead of number.

ALTER TABLE ticket ADD COLUMN number_key VARCHAR(32) ${ascii} NOT NULL DEFAULT '';

UPDATE ticket SET number_key = CONCAT(SUBSTRING(number FROM 1 FOR 9), LPAD(SUBSTRING(number FROM 10), 19, '0'));

-- Every insert names the column; without a default, one that forgot would fail.
ALTER TABLE ticket ALTER COLUMN number_key DROP DEFAULT;

DROP INDEX ticket_queue_ix${on_ticket};
DROP INDEX ticket_order_ix${on_ticket};
CREATE INDEX ticket_queue_ix ON ticket (status, group_id, priority, raised_at, number_key);
CREATE INDEX ticket_order_ix ON ticket (priority, raised_at, number_key);
