-- The incidents the library raises for faults its records find on configuration items
-- (issue 18: a failed inspection item, a missed or failed backup run): one row per fault,
-- keyed by the kind of record that found it (source: inspection, backup, monitoring) and
-- the fault as that record names it, linking it to the incident last raised for it. The key
-- decides which of two nodes reporting a fault at once raises its incident; a link is
-- replaced, from the incident the writer read, when that incident was resolved, closed or
-- cancelled and the fault was found again. No foreign key to ticket: a link names its
-- incident by id, as affected_ci_link does.
CREATE TABLE fault_incident_link (
    source    VARCHAR(40) ${ascii} NOT NULL,
    fault     VARCHAR(200)         NOT NULL,
    ticket_id ${uuid}              NOT NULL,
    PRIMARY KEY (source, fault)
)${table_options};
