package org.itilhis.ports.monitoring.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.monitoring.AlertSource;

/**
 * The monitoring sources, each at its current version, with the hash of its token and its
 * signing secret. {@code org.itilhis.testkit.contract.AlertSourceRepositoryContract} checks an
 * implementation.
 */
public interface AlertSourceRepository {
    Optional<AlertSource> find(String code);

    /** Every source, by code. */
    List<AlertSource> all();

    /**
     * Stores {@code source}: a new one when {@code expectedVersion} is 0, else over the stored one
     * at {@code expectedVersion}.
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code alert-source}) if the
     *         stored version is not {@code expectedVersion} (for a new one: the code is taken)
     */
    void save(AlertSource source, long expectedVersion);
}
