package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.schema.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.itilhis.adapters.ldap.RefreshResult.KeptPrevious;
import org.itilhis.adapters.ldap.RefreshResult.Refreshed;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hospital's staff directory read from LDAP or Active Directory: people, their
 * departments and extensions, the LDAP groups mapped to assignment groups (with their leads)
 * and to roles. The directory is read whole at start and again every
 * {@link LdapSettings#refreshInterval()}; lookups answer from the last snapshot in memory, so
 * they never wait for the network, and each one sees a single reading (a snapshot is
 * replaced whole). A person deleted or disabled in the directory, or taken out of a group,
 * is gone from the next snapshot.
 *
 * <p>A reading that fails (the server is down, a search ends in an error or at a size limit,
 * or finds no person at all) keeps the last good snapshot and logs a warning with the
 * result code; the next reading is tried at the next interval. Logs carry counts, group ids,
 * DNs of the configuration and result codes; never a person's name, department or extension.
 *
 * <pre>{@code
 * try (LdapStaffDirectory directory = LdapStaffDirectory.start(settings, mapping)) {
 *     ServiceDesk desk = ServiceDesk.create(new ServiceDeskPorts(..., directory, ...), settings, validator);
 *     ...
 * }
 * }</pre>
 */
public final class LdapStaffDirectory implements StaffDirectory, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LdapStaffDirectory.class);

    private final LdapSettings settings;
    private final LDAPConnectionPool pool;
    private final DirectoryReader reader;
    private final SnapshotAssembler assembler;
    private final AtomicReference<DirectorySnapshot> snapshot;
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LdapStaffDirectory(LdapSettings settings, LDAPConnectionPool pool, DirectoryReader reader,
                               SnapshotAssembler assembler, DirectorySnapshot first) {
        this.settings = settings;
        this.pool = pool;
        this.reader = reader;
        this.assembler = assembler;
        this.snapshot = new AtomicReference<>(first);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                new ThreadFactoryBuilder().setNameFormat("itilhis-ldap-refresh-%d").setDaemon(true).build());
    }

    /**
     * Connects, checks the mapping against the directory's schema (when the server publishes
     * one), reads the staff and starts the periodic refresh.
     *
     * @throws LdapDirectoryException naming the setting at fault if the servers cannot be
     *                                reached, the bind is refused, a base DN or a mapped attribute does not exist, no
     *                                person is found or none has a staff id
     */
    public static LdapStaffDirectory start(LdapSettings settings, DirectoryMapping mapping) {
        checkNotNull(settings, "settings");
        checkNotNull(mapping, "mapping");
        warnIfPasswordsTravelInClear(settings);
        LDAPConnectionPool pool = Connections.open(settings);
        try {
            checkAttributesAgainstSchema(pool, mapping);
            DirectoryReader reader = new DirectoryReader(pool, mapping, settings);
            SnapshotAssembler assembler = new SnapshotAssembler(mapping);
            DirectorySnapshot first = assembler.assemble(firstPeople(reader, mapping), firstGroups(reader, mapping),
                    settings.clock().instant());
            LdapStaffDirectory directory = new LdapStaffDirectory(settings, pool, reader, assembler, first);
            LOG.info("staff directory read from {}: {} people, {} assignment groups, left out {}; refreshed every {}",
                    settings.urls().get(0), first.people().size(), first.groups().size(), first.leftOut(),
                    settings.refreshInterval());
            first.problems().forEach(problem -> LOG.warn("staff directory: {}", problem));
            directory.scheduleRefresh();
            return directory;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public Optional<StaffMember> member(StaffId id) {
        return Optional.ofNullable(snapshot.get().people().get(checkNotNull(id, "id")));
    }

    @Override
    public Optional<AssignmentGroup> group(GroupId id) {
        return Optional.ofNullable(snapshot.get().groups().get(checkNotNull(id, "id")));
    }

    @Override
    public ImmutableSet<GroupId> groupsOf(StaffId id) {
        return snapshot.get().groupsOf().get(checkNotNull(id, "id"));
    }

    /**
     * The roles the mapping gives {@code id} (its default roles and those of the role groups
     * they are in); empty for someone the directory does not know or no longer has.
     */
    public ImmutableSet<Role> rolesOf(StaffId id) {
        return snapshot.get().roles().get(checkNotNull(id, "id"));
    }

    /** When the snapshot in use was read. */
    public Instant snapshotTakenAt() {
        return snapshot.get().takenAt();
    }

    /**
     * Reads the directory now, as the periodic refresh does, and replaces the snapshot if the
     * reading succeeded. One reading runs at a time; a call during another waits for it.
     *
     * @throws IllegalStateException once the directory is closed
     */
    public synchronized RefreshResult refresh() {
        checkState(!closed.get(), "the staff directory is closed");
        DirectorySnapshot previous = snapshot.get();
        DirectorySnapshot next;
        try {
            next = assembler.assemble(reader.people(), reader.groups(), settings.clock().instant());
        } catch (LDAPException e) {
            return keep(previous, "LDAP result " + e.getResultCode());
        } catch (RuntimeException e) {
            return keep(previous, "unexpected " + e.getClass().getName());
        }
        if (next.people().isEmpty() && !previous.people().isEmpty()) {
            return keep(previous, "no person found under peopleBase");
        }
        snapshot.set(next);
        int joined = Sets.difference(next.people().keySet(), previous.people().keySet()).size();
        int left = Sets.difference(previous.people().keySet(), next.people().keySet()).size();
        String message = "staff directory refreshed: {} people ({} joined, {} left), {} assignment groups, left out {}";
        Object[] figures = {next.people().size(), joined, left, next.groups().size(), next.leftOut()};
        if (joined + left > 0) {
            LOG.info(message, figures);
        } else {
            LOG.debug(message, figures);
        }
        next.problems().stream().filter(problem -> !previous.problems().contains(problem))
                .forEach(problem -> LOG.warn("staff directory: {}", problem));
        return new Refreshed(next.takenAt(), next.people().size(), next.groups().size(), joined, left, next.leftOut());
    }

    /**
     * Stops the periodic refresh (interrupting a running one, which then keeps the last
     * snapshot) and closes the connections; lookups go on answering from the last snapshot.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("staff directory: the refresh did not stop within {}", settings.responseTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.close();
        }
    }

    private void scheduleRefresh() {
        long interval = settings.refreshInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshOnSchedule, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void refreshOnSchedule() {
        try {
            if (!closed.get()) {
                refresh();
            }
        } catch (RuntimeException e) {
            // refresh() keeps the snapshot on every failure it expects; this keeps the schedule alive on the rest
            LOG.warn("staff directory: refresh failed unexpectedly ({})", e.getClass().getName());
        }
    }

    private KeptPrevious keep(DirectorySnapshot previous, String reason) {
        LOG.warn("staff directory: refresh failed ({}); keeping the snapshot read at {} ({} people)",
                reason, previous.takenAt(), previous.people().size());
        return new KeptPrevious(settings.clock().instant(), reason, previous.takenAt());
    }

    private static List<SearchResultEntry> firstPeople(DirectoryReader reader, DirectoryMapping mapping) {
        List<SearchResultEntry> people;
        try {
            people = reader.people();
        } catch (LDAPException e) {
            throw readFailure("peopleBase", mapping.peopleBase(), e);
        }
        if (people.isEmpty()) {
            throw new LdapDirectoryException("peopleFilter",
                    "no entry under " + mapping.peopleBase() + " matches " + mapping.peopleFilter());
        }
        if (people.stream().noneMatch(person -> person.hasAttribute(mapping.staffIdAttribute()))) {
            throw new LdapDirectoryException("staffIdAttribute", "none of the " + people.size() + " entries under "
                    + mapping.peopleBase() + " has a value of " + mapping.staffIdAttribute());
        }
        return people;
    }

    private static List<SearchResultEntry> firstGroups(DirectoryReader reader, DirectoryMapping mapping) {
        try {
            return reader.groups();
        } catch (LDAPException e) {
            throw readFailure("groupsBase", mapping.groupsBase(), e);
        }
    }

    private static LdapDirectoryException readFailure(String setting, DN base, LDAPException e) {
        ResultCode code = e.getResultCode();
        if (code == ResultCode.NO_SUCH_OBJECT) {
            return new LdapDirectoryException(setting, "the directory has no entry " + base, e);
        }
        if (code == ResultCode.UNAVAILABLE_CRITICAL_EXTENSION) {
            return new LdapDirectoryException("pageSize",
                    "the directory does not page search results; set pageSize to 0", e);
        }
        if (code == ResultCode.SIZE_LIMIT_EXCEEDED) {
            return new LdapDirectoryException("pageSize",
                    "the directory stopped the search under " + base + " at its size limit; page it (pageSize above 0)", e);
        }
        return new LdapDirectoryException(setting, "searching under " + base + " failed (" + code + ")", e);
    }

    private static void checkAttributesAgainstSchema(LDAPConnectionPool pool, DirectoryMapping mapping) {
        Schema schema;
        try {
            schema = pool.getSchema();
        } catch (LDAPException e) {
            LOG.info("staff directory: the schema cannot be read ({}); attribute names not checked", e.getResultCode());
            return;
        }
        if (schema == null) {
            LOG.info("staff directory: the server publishes no schema; attribute names not checked");
            return;
        }
        for (Map.Entry<String, String> named : mapping.attributesBySetting().entries()) {
            if (schema.getAttributeType(Attribute.getBaseName(named.getValue())) == null) {
                throw new LdapDirectoryException(named.getKey(),
                        "the directory's schema defines no attribute '" + named.getValue() + "'");
            }
        }
    }

    private static void warnIfPasswordsTravelInClear(LdapSettings settings) {
        if (settings.encrypted() || settings.bindDn().isEmpty()) {
            return;
        }
        for (LDAPURL url : settings.urls()) {
            String host = url.getHost();
            if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("::1")) {
                LOG.warn("staff directory: the bind password goes unencrypted to {}; use ldaps:// or startTls", url);
            }
        }
    }
}
