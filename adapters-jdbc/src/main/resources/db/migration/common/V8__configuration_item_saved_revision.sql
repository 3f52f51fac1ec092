-- The revision each configuration item's last save moved cmdb_revision to, so that a reader
-- holding a relationship graph built at revision r reads only the items saved after r
-- (saved_revision > r, served by the index) instead of every item. Saves lock the
-- cmdb_revision row before they draw from cmdb_revision_seq and hold it until they commit,
-- so they commit in the order of their revisions: once a reader sees revision r, every item
-- saved at r or before is committed. Existing rows take the current revision: a reader that
-- built a graph before this migration reads them once more, and misses none.
ALTER TABLE configuration_item ADD COLUMN saved_revision BIGINT DEFAULT 0 NOT NULL;

UPDATE configuration_item SET saved_revision = (SELECT revision FROM cmdb_revision WHERE id = 1);

CREATE INDEX configuration_item_saved_revision_ix ON configuration_item (saved_revision);
