package org.itilhis.ports.configuration.out;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.configuration.in.CiSearch;

/**
 * Stores configuration items with optimistic locking, like tickets: an item loaded at
 * version n and changed by k events is saved only if the stored version is still n, and then
 * stored at n + k. Asset tags are unique.
 */
public interface ConfigurationItemRepository {
    /** A fresh identity for an item about to be registered. */
    CiId nextId();

    Optional<ConfigurationItem> find(CiId id);

    Optional<ConfigurationItem> findByAssetTag(AssetTag assetTag);

    /**
     * Inserts a new item or updates a stored one, using its pending events to know the version
     * it was read at ({@code version() - pendingEvents().size()}). Every save moves
     * {@link #revision()} on, as seen by its next call after the save committed.
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code ci}) if the stored
     *         version differs, or a new item's id exists already
     * @throws org.itilhis.core.cmdb.DuplicateAssetTagException if another item carries its asset tag
     * @throws StorageException on an infrastructure failure
     */
    void save(ConfigurationItem item);

    /** Items matching the search, ordered by asset tag, at most {@code search.limit()}. */
    List<ConfigurationItem> search(CiSearch search);

    /**
     * A number that changes whenever any item is saved (and only then), so that a reader
     * holding a graph built at revision r knows it is still current while the revision is r.
     */
    long revision();

    /** Hands every stored item to {@code sink}, in no particular order: to build the relationship graph. */
    void forEach(Consumer<CiSnapshot> sink);

    /**
     * Hands to {@code sink}, in no particular order, every stored item whose last save moved the
     * revision past {@code revision}: to bring a relationship graph built at {@code revision} up
     * to date without reading the others again. A save that commits after another is never given
     * a lower revision, so a reader outside a transaction that read {@link #revision()} as r and
     * then calls this is handed every item saved after {@code revision} up to r (and perhaps items
     * saved since). An item whose save rolled back is handed as it was before that save, if at all.
     */
    void forEachSavedAfter(long revision, Consumer<CiSnapshot> sink);
}
