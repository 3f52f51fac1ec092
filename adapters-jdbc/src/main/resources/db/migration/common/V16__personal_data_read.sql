-- Reads of personal data (issue 14, ADR 0014): who was shown which ticket or contact, when,
-- from which address and through which read. Append-only, apart from the event log (a read
-- changes nothing) and from any access log; the privacy officer queries it by record and by
-- reader, newest first (read_at, then seq), paged by that key. Retention is the hospital's:
-- nothing here deletes a row.
CREATE TABLE personal_data_read (
    seq         ${identity},
    read_at     ${timestamp}         NOT NULL,
    reader      VARCHAR(64)          NOT NULL,
    record_kind VARCHAR(10)  ${ascii} NOT NULL,
    record_id   VARCHAR(36)  ${ascii} NOT NULL,
    origin      VARCHAR(100),
    purpose     VARCHAR(40)  ${ascii} NOT NULL,
    PRIMARY KEY (seq)
)${table_options};

CREATE INDEX personal_data_read_record_ix ON personal_data_read (record_id, read_at, seq);
CREATE INDEX personal_data_read_reader_ix ON personal_data_read (reader, read_at, seq);
CREATE INDEX personal_data_read_at_ix ON personal_data_read (read_at, seq);
