package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.DuplicateAssetTagException;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * Configuration items in a map of snapshots, with optimistic locking and unique asset tags;
 * the reference for what the contract test kit expects of a search. Each item keeps the
 * revision its last save moved to, put back with the item when that save rolls back.
 */
public final class InMemoryConfigurationItemRepository implements ConfigurationItemRepository {
    /** The attributes a host name or an IP address search looks at. */
    public static final List<String> HOSTNAME_ATTRIBUTES = List.of("hostname");
    public static final List<String> IP_ATTRIBUTES = List.of("ipAddress", "managementIp");

    private final InMemoryTransactions transactions;
    private final Map<CiId, CiSnapshot> byId = new ConcurrentHashMap<>();
    private final Map<AssetTag, CiId> byAssetTag = new ConcurrentHashMap<>();
    private final Map<CiId, Long> savedAt = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong revision = new AtomicLong();

    public InMemoryConfigurationItemRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public CiId nextId() {
        return new CiId(new UUID(0xC1L, ids.incrementAndGet()));
    }

    @Override
    public Optional<ConfigurationItem> find(CiId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id))).map(ConfigurationItem::restore);
    }

    @Override
    public Optional<ConfigurationItem> findByAssetTag(AssetTag assetTag) {
        checkNotNull(assetTag, "assetTag");
        return transactions.locked(() -> Optional.ofNullable(byAssetTag.get(assetTag)).map(byId::get))
                .map(ConfigurationItem::restore);
    }

    @Override
    public void save(ConfigurationItem item) {
        CiSnapshot next = item.snapshot();
        long expected = next.version() - item.pendingEvents().size();
        transactions.locked(() -> {
            CiSnapshot stored = byId.get(next.id());
            long actual = stored == null ? 0 : stored.version();
            if (actual != expected) {
                throw new VersionConflictException("ci", next.details().assetTag().value(), expected, actual);
            }
            AssetTag tag = next.details().assetTag();
            CiId holder = byAssetTag.get(tag);
            if (holder != null && !holder.equals(next.id())) {
                throw new DuplicateAssetTagException(tag);
            }
            Long storedAt = savedAt.get(next.id());
            put(stored, next);
            savedAt.put(next.id(), revision.incrementAndGet());
            transactions.onRollback(() -> {
                put(next, stored);
                if (storedAt == null) {
                    savedAt.remove(next.id());
                } else {
                    savedAt.put(next.id(), storedAt);
                }
                revision.incrementAndGet();
            });
            return null;
        });
    }

    /** Replaces {@code old} (null for none) by {@code now} (null to remove), keeping the asset tag index. */
    private void put(CiSnapshot old, CiSnapshot now) {
        if (old != null) {
            byAssetTag.remove(old.details().assetTag());
            byId.remove(old.id());
        }
        if (now != null) {
            byAssetTag.put(now.details().assetTag(), now.id());
            byId.put(now.id(), now);
        }
    }

    @Override
    public List<ConfigurationItem> search(CiSearch search) {
        checkNotNull(search, "search");
        Predicate<CiSnapshot> matches = s -> matches(search, s);
        return transactions.locked(() -> byId.values().stream().filter(matches)
                .sorted(Comparator.comparing(s -> s.details().assetTag().value())).limit(search.limit())
                .map(ConfigurationItem::restore).toList());
    }

    static boolean matches(CiSearch search, CiSnapshot item) {
        CiDetails d = item.details();
        return search.hostname().map(h -> anyAttribute(d, HOSTNAME_ATTRIBUTES, h)).orElse(true)
                && search.ipAddress().map(ip -> anyAttribute(d, IP_ATTRIBUTES, ip)).orElse(true)
                && search.location().map(d.location()::within).orElse(true)
                && (search.classCodes().isEmpty() || search.classCodes().contains(item.classCode()))
                && search.owningDepartment().map(dep -> d.owningDepartment().filter(dep::equals).isPresent()).orElse(true)
                && search.status().map(item.status()::equals).orElse(true)
                && search.text().map(t -> contains(d.assetTag().value(), t) || contains(d.name(), t)).orElse(true)
                && search.after().map(position -> d.assetTag().value().compareTo(position.value()) > 0).orElse(true);
    }

    private static boolean anyAttribute(CiDetails details, List<String> codes, String wanted) {
        return codes.stream().map(details::attribute).flatMap(Optional::stream).anyMatch(wanted::equalsIgnoreCase);
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    @Override
    public long revision() {
        return revision.get();
    }

    @Override
    public void forEach(Consumer<CiSnapshot> sink) {
        checkNotNull(sink, "sink");
        transactions.locked(() -> List.copyOf(byId.values())).forEach(sink);
    }

    @Override
    public void forEachSavedAfter(long revision, Consumer<CiSnapshot> sink) {
        checkNotNull(sink, "sink");
        transactions.locked(() -> byId.values().stream().filter(item -> savedAt.get(item.id()) > revision)
                .toList()).forEach(sink);
    }
}
