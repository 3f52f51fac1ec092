-- Workload reads (issue 17): a person's workload figures are recorded as a read of kind STAFF
-- whose record id is the staff id, up to 64 characters.
ALTER TABLE personal_data_read ALTER COLUMN record_id TYPE VARCHAR(64) COLLATE "C";
