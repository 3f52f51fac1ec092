package org.itilhis.ports.monitoring.out;

import org.itilhis.core.monitoring.AlertMappings;

/**
 * The hospital's alert mapping rules, one record at its current version.
 * {@code org.itilhis.testkit.contract.AlertMappingRepositoryContract} checks an implementation.
 */
public interface AlertMappingRepository {
    /** The stored rules, or {@link AlertMappings#hospitalDefault()} (version 0) before any were saved. */
    AlertMappings current();

    /**
     * Stores {@code mappings} over the rules stored at {@code expectedVersion} (0: none stored yet).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code alert-mappings}) if the
     *         stored version is not {@code expectedVersion}
     */
    void save(AlertMappings mappings, long expectedVersion);
}
