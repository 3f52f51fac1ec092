package org.itilhis.testkit.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * Hands every call on to another configuration item repository: the base of a test's
 * repository that counts or breaks one call and leaves the others alone (override that one).
 */
public abstract class ForwardingConfigurationItems implements ConfigurationItemRepository {
    private final ConfigurationItemRepository items;

    protected ForwardingConfigurationItems(ConfigurationItemRepository items) {
        this.items = checkNotNull(items, "items");
    }

    @Override
    public CiId nextId() {
        return items.nextId();
    }

    @Override
    public Optional<ConfigurationItem> find(CiId id) {
        return items.find(id);
    }

    @Override
    public Optional<ConfigurationItem> findByAssetTag(AssetTag assetTag) {
        return items.findByAssetTag(assetTag);
    }

    @Override
    public void save(ConfigurationItem item) {
        items.save(item);
    }

    @Override
    public List<ConfigurationItem> search(CiSearch search) {
        return items.search(search);
    }

    @Override
    public long revision() {
        return items.revision();
    }

    @Override
    public void forEach(Consumer<CiSnapshot> sink) {
        items.forEach(sink);
    }

    @Override
    public void forEachSavedAfter(long revision, Consumer<CiSnapshot> sink) {
        items.forEachSavedAfter(revision, sink);
    }
}
