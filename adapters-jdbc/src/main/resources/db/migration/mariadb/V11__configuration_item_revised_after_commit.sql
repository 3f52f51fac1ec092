-- Configuration item saves no longer draw a revision under the cmdb_revision row lock: a save
-- marks its item unrevised (NULL), and reading the revision gives every committed unrevised
-- item the next value of cmdb_revision_seq (JdbcConfigurationItemRepository.revision, ADR 0009).
ALTER TABLE configuration_item MODIFY saved_revision BIGINT NULL;
