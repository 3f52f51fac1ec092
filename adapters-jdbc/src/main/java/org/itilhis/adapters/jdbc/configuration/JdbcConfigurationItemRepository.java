package org.itilhis.adapters.jdbc.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcEventChain;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.DuplicateAssetTagException;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Configuration items in the {@code configuration_item} table: lower-cased copies of what
 * the service desk searches by (host name, IP addresses, location parts, asset tag and name),
 * and the whole {@link CiSnapshot} as JSON, from which items are restored. Saving a changed
 * item is {@code UPDATE ... WHERE id = ? AND version = ?}, as for tickets: when no row
 * matches, someone else saved first and the save fails with a {@link VersionConflictException}.
 *
 * <p>The unique key on {@code asset_tag} has the final word on duplicates: a new item is
 * inserted skipping a duplicate key, and an insert skipped while its id is free means its tag
 * is taken. A changed item is checked for a tag held by another item first, which leaves the
 * transaction usable; should another transaction take the tag between that check and the
 * update, the key refuses the update (on PostgreSQL the transaction can then only roll back).
 * Either way the save fails with a {@link DuplicateAssetTagException}.
 *
 * <p>Saves take no lock but their item's row: a save marks its item unrevised
 * ({@code saved_revision} NULL). {@link #revision()} first gives every committed unrevised item
 * the next value of a sequence, under the lock of the {@code cmdb_revision} row, which only it
 * takes (the order of ADR 0009, as for the event log): a save that commits late is revised
 * late, at a higher revision, so a reader that has seen revision r has been able to see every
 * item revised at r or before ({@link #forEachSavedAfter}). A sequence value is never handed
 * out twice, so a revision seen inside a transaction that rolled back never becomes current
 * later (a graph built on it is never taken for current).
 */
public final class JdbcConfigurationItemRepository implements ConfigurationItemRepository {
    /** The attributes a host name search looks at, and those an IP address search looks at. */
    static final String HOSTNAME = "hostname";
    static final String IP_ADDRESS = "ipAddress";
    static final String MANAGEMENT_IP = "managementIp";
    /** Items revised per statement batch by {@link #revision()}. */
    private static final int REVISED_AT_ONCE = 1000;
    /** Ordered and limited in the SQL so that PostgreSQL reads it from the partial index of V13 (see JdbcEventChain). */
    public static final String UNREVISED = "SELECT id FROM configuration_item WHERE saved_revision IS NULL ORDER BY id LIMIT :limit";
    private static final String CHANGING = "asset_tag = :asset_tag, asset_tag_key = :asset_tag_key, "
            + "class_code = :class_code, status = :status, name_key = :name_key, hostname = :hostname, "
            + "ip_address = :ip_address, management_ip = :management_ip, campus = :campus, building = :building, "
            + "floor = :floor, room = :room, owning_department = :owning_department, version = :version, "
            + "saved_revision = NULL";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final String insertSql;
    private final String updateSql;

    public JdbcConfigurationItemRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO configuration_item (id, asset_tag, "
                + "asset_tag_key, class_code, status, name_key, hostname, ip_address, management_ip, campus, building, "
                + "floor, room, owning_department, version, saved_revision, snapshot) VALUES (:id, :asset_tag, "
                + ":asset_tag_key, :class_code, :status, :name_key, :hostname, :ip_address, :management_ip, :campus, "
                + ":building, :floor, :room, :owning_department, :version, NULL, "
                + dialect.json("snapshot") + ")");
        this.updateSql = "UPDATE configuration_item SET " + CHANGING + ", snapshot = " + dialect.json("snapshot")
                + " WHERE id = :id AND version = :expected";
    }

    /** The form of a text in the match columns, and of a searched value compared with them. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public CiId nextId() {
        return new CiId(UUID.randomUUID());
    }

    @Override
    public Optional<ConfigurationItem> find(CiId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding configuration item " + id, handle -> handle
                .createQuery("SELECT snapshot FROM configuration_item WHERE id = :id")
                .bind("id", dialect.uuid(id.value()))
                .mapTo(String.class)
                .findOne()
                .map(this::restore));
    }

    @Override
    public Optional<ConfigurationItem> findByAssetTag(AssetTag assetTag) {
        checkNotNull(assetTag, "assetTag");
        return transactions.withHandle("finding configuration item " + assetTag, handle -> handle
                .createQuery("SELECT snapshot FROM configuration_item WHERE asset_tag = :asset_tag")
                .bind("asset_tag", assetTag.value())
                .mapTo(String.class)
                .findOne()
                .map(this::restore));
    }

    @Override
    public void save(ConfigurationItem item) {
        CiSnapshot next = item.snapshot();
        long expected = next.version() - item.pendingEvents().size();
        transactions.withHandle("saving configuration item " + next.details().assetTag(), handle -> {
            if (expected == 0) {
                insert(handle, next);
            } else {
                update(handle, next, expected);
            }
            return null;
        });
    }

    @Override
    public List<ConfigurationItem> search(CiSearch search) {
        checkNotNull(search, "search");
        CiSearchQuery query = new CiSearchQuery(search);
        return transactions.withHandle("searching configuration items", handle -> query
                .bindTo(handle.createQuery(query.sql()))
                .mapTo(String.class)
                .map(this::restore)
                .list());
    }

    /**
     * The revision after every save committed by now: when items were saved since the last
     * call (on any node), they are given the next revision first. Cheap when none was: one
     * indexed read for an unrevised item, one for the revision, no lock.
     */
    @Override
    public long revision() {
        return transactions.withHandle("reading the CMDB revision", handle -> {
            if (unrevised(handle, 1).isEmpty()) {
                return handle.createQuery("SELECT revision FROM cmdb_revision WHERE id = 1").mapTo(Long.class).one();
            }
            handle.createQuery("SELECT revision FROM cmdb_revision WHERE id = 1 FOR UPDATE").mapTo(Long.class).one();
            long next = handle.createQuery(dialect.nextValue("cmdb_revision_seq")).mapTo(Long.class).one();
            List<String> ids;
            do {
                ids = unrevised(handle, REVISED_AT_ONCE);
                PreparedBatch revise = handle.prepareBatch(
                        "UPDATE configuration_item SET saved_revision = :revision WHERE id = :id AND saved_revision IS NULL");
                ids.forEach(id -> revise.bind("revision", next).bind("id", dialect.uuid(UUID.fromString(id))).add());
                revise.execute();
            } while (ids.size() == REVISED_AT_ONCE);
            handle.createUpdate("UPDATE cmdb_revision SET revision = :revision WHERE id = 1")
                    .bind("revision", next)
                    .execute();
            return next;
        });
    }

    /**
     * Ids of committed items not revised yet, at most {@code limit}: a plain read, which waits
     * for no save in flight (an update by the index would, on MariaDB); the updates by id then
     * wait only for a save of the same item that is committing.
     */
    private static List<String> unrevised(Handle handle, int limit) {
        return handle.createQuery(UNREVISED)
                .bind("limit", limit)
                .mapTo(String.class)
                .list();
    }

    /** Streams the rows (a fetch size, not the whole table in memory), decoding one at a time. */
    @Override
    public void forEach(Consumer<CiSnapshot> sink) {
        checkNotNull(sink, "sink");
        transactions.withHandle("reading every configuration item", handle -> {
            handle.createQuery("SELECT snapshot FROM configuration_item")
                    .setFetchSize(500)
                    .mapTo(String.class)
                    .forEach(json -> sink.accept(codec.read(json, CiSnapshot.class)));
            return null;
        });
    }

    /**
     * Every changed or new item saved after {@code revision}, revised since or not yet: a range
     * of the {@code saved_revision} index and its NULLs, streamed like {@link #forEach}.
     */
    @Override
    public void forEachSavedAfter(long revision, Consumer<CiSnapshot> sink) {
        checkNotNull(sink, "sink");
        transactions.withHandle("reading the configuration items saved after revision " + revision, handle -> {
            handle.createQuery("SELECT snapshot FROM configuration_item WHERE saved_revision > :revision "
                            + "OR saved_revision IS NULL")
                    .bind("revision", revision)
                    .setFetchSize(500)
                    .mapTo(String.class)
                    .forEach(json -> sink.accept(codec.read(json, CiSnapshot.class)));
            return null;
        });
    }

    private void insert(Handle handle, CiSnapshot next) {
        OptionalInt inserted = dialect.rowsUnlessDuplicateKey(() -> bind(handle.createUpdate(insertSql), next)
                .bind("id", dialect.uuid(next.id().value()))
                .execute());
        if (inserted.orElse(0) == 0) {
            Optional<Long> stored = storedVersion(handle, next.id());
            if (stored.isPresent()) {
                throw conflict(next, 0, stored.get());
            }
            throw new DuplicateAssetTagException(next.details().assetTag());
        }
    }

    private void update(Handle handle, CiSnapshot next, long expected) {
        boolean tagTaken = handle.createQuery("SELECT id FROM configuration_item WHERE asset_tag = :asset_tag")
                .bind("asset_tag", next.details().assetTag().value())
                .mapTo(String.class)
                .findOne()
                .filter(holder -> !holder.equalsIgnoreCase(next.id().toString()))
                .isPresent();
        if (tagTaken) {
            long actual = storedVersion(handle, next.id()).orElse(0L);
            if (actual != expected) {
                throw conflict(next, expected, actual);
            }
            throw new DuplicateAssetTagException(next.details().assetTag());
        }
        OptionalInt updated = dialect.rowsUnlessDuplicateKey(() -> bind(handle.createUpdate(updateSql), next)
                .bind("id", dialect.uuid(next.id().value()))
                .bind("expected", expected)
                .execute());
        if (updated.isEmpty()) {
            throw new DuplicateAssetTagException(next.details().assetTag());
        }
        if (updated.getAsInt() == 0) {
            throw conflict(next, expected, storedVersion(handle, next.id()).orElse(0L));
        }
    }

    /** Every column but the id and the revision. */
    private <S extends SqlStatement<S>> S bind(S statement, CiSnapshot next) {
        CiDetails details = next.details();
        CiLocation location = details.location();
        return statement
                .bind("asset_tag", details.assetTag().value())
                .bind("asset_tag_key", key(details.assetTag().value()))
                .bind("class_code", next.classCode())
                .bind("status", next.status().name())
                .bind("name_key", key(details.name()))
                .bind("hostname", matchKey(details.attribute(HOSTNAME)))
                .bind("ip_address", matchKey(details.attribute(IP_ADDRESS)))
                .bind("management_ip", matchKey(details.attribute(MANAGEMENT_IP)))
                .bind("campus", matchKey(location.campus()))
                .bind("building", matchKey(location.building()))
                .bind("floor", matchKey(location.floor()))
                .bind("room", matchKey(location.room()))
                .bind("owning_department", details.owningDepartment().map(DepartmentId::value).orElse(null))
                .bind("version", next.version())
                .bind("snapshot", codec.write(next));
    }

    private static String matchKey(Optional<String> value) {
        return value.map(JdbcConfigurationItemRepository::key).orElse(null);
    }

    private Optional<Long> storedVersion(Handle handle, CiId id) {
        return handle.createQuery("SELECT version FROM configuration_item WHERE id = :id")
                .bind("id", dialect.uuid(id.value()))
                .mapTo(Long.class)
                .findOne();
    }

    private static VersionConflictException conflict(CiSnapshot next, long expected, long actual) {
        return new VersionConflictException("ci", next.details().assetTag().value(), expected, actual);
    }

    private ConfigurationItem restore(String snapshot) {
        return ConfigurationItem.restore(codec.read(snapshot, CiSnapshot.class));
    }
}
