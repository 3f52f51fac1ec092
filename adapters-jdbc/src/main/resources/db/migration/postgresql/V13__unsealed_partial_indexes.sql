-- The sealer's "anything to seal?" read (JdbcEventChain) and the CMDB's "anything to revise?"
-- read (JdbcConfigurationItemRepository.revision) look for the few rows whose position or
-- revision is still NULL. Each row is updated once, when sealed or revised; these partial
-- indexes hold only the rows still waiting, so the reads stay index reads however many rows
-- were sealed before and whatever the planner's statistics say (statistics gathered during a
-- bulk load, when most rows were unsealed, made the same reads scan the whole table).
-- MariaDB has no partial indexes; it estimates "IS NULL" ranges from the index itself.
CREATE INDEX event_unsealed_ix ON event (append_id) WHERE position IS NULL;

CREATE INDEX configuration_item_unrevised_ix ON configuration_item (id) WHERE saved_revision IS NULL;
