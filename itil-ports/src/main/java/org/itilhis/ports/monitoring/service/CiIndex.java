package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.monitoring.AlertMappingRule;
import org.itilhis.core.monitoring.CiLookup;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * The configuration items by asset tag and by the values of the attributes the mapping rules
 * compare, in memory, so that mapping an alert costs no query: a storm of 10,000 alerts a minute
 * must not become 10,000 CMDB queries. Kept current by the CMDB's revision, as the relationship
 * graph is ({@code configuration.service.CmdbGraphs}): while the revision stays the same the
 * index is used as it is; when it moved on, only the items saved since are read and their old
 * values replaced; when it went back, or the rules name other attributes, everything is read
 * again. Read outside transactions. Where two items share a value, the one read last wins (the
 * CMDB does not make host names unique; the configuration manager sees such alerts on the item).
 */
final class CiIndex {
    private static final String ASSET_TAG = "\u0000assetTag";

    private final ConfigurationItemRepository items;
    private volatile Built built;
    /** The indexed keys of each item, to remove its old values when it is saved again; changed under this object's lock. */
    private final Map<CiId, Set<Key>> keysOf = new HashMap<>();
    /** Read by lookups while saves since are put in: a lookup during an update sees the old or the new value. */
    private volatile Map<Key, CiId> index = new ConcurrentHashMap<>();

    CiIndex(ConfigurationItemRepository items) {
        this.items = checkNotNull(items, "items");
    }

    /** The lookup as of the current revision, for rules comparing {@code attributes}. */
    CiLookup current(Set<String> attributes) {
        long revision = items.revision();
        Built known = built;
        if (known != null && known.revision == revision && known.attributes.equals(attributes)) {
            return known;
        }
        synchronized (this) {
            known = built;
            if (known == null || known.revision != revision || !known.attributes.equals(attributes)) {
                if (known == null || revision < known.revision || !known.attributes.equals(attributes)) {
                    keysOf.clear();
                    index = new ConcurrentHashMap<>();
                    items.forEach(item -> put(item, attributes));
                } else {
                    items.forEachSavedAfter(known.revision, item -> put(item, attributes));
                }
                known = new Built(revision, Set.copyOf(attributes), index);
                built = known;
            }
            return known;
        }
    }

    private void put(CiSnapshot item, Set<String> attributes) {
        Set<Key> old = keysOf.remove(item.id());
        if (old != null) {
            old.forEach(key -> index.remove(key, item.id()));
        }
        Set<Key> keys = new java.util.HashSet<>();
        keys.add(new Key(ASSET_TAG, item.details().assetTag().value()));
        for (String attribute : attributes) {
            String value = item.details().attributes().get(attribute);
            if (value != null && !value.isBlank()) {
                keys.add(new Key(attribute, AlertMappingRule.normalised(value)));
            }
        }
        keys.forEach(key -> index.put(key, item.id()));
        keysOf.put(item.id(), keys);
    }

    private record Key(String attribute, String value) {
    }

    /** The index as of (at least) one revision, for one set of attributes. */
    private static final class Built implements CiLookup {
        private final long revision;
        private final Set<String> attributes;
        private final Map<Key, CiId> index;

        Built(long revision, Set<String> attributes, Map<Key, CiId> index) {
            this.revision = revision;
            this.attributes = attributes;
            this.index = index;
        }

        @Override
        public Optional<CiId> byAssetTag(String assetTag) {
            return Optional.ofNullable(index.get(new Key(ASSET_TAG, assetTag)));
        }

        @Override
        public Optional<CiId> byAttribute(String attribute, String value) {
            return Optional.ofNullable(index.get(new Key(attribute, AlertMappingRule.normalised(value))));
        }
    }
}
