package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiClass;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.DuplicateAssetTagException;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand.DeclareRedundancy;
import org.itilhis.ports.configuration.in.CmdbCommand.LocationData;
import org.itilhis.ports.configuration.in.CmdbCommand.OnCi;
import org.itilhis.ports.configuration.in.CmdbCommand.RegisterCi;
import org.itilhis.ports.configuration.in.CmdbCommand.Relate;
import org.itilhis.ports.configuration.in.CmdbCommand.TakeLifecycleStep;
import org.itilhis.ports.configuration.in.CmdbCommand.Unrelate;
import org.itilhis.ports.configuration.in.CmdbCommand.UpdateCi;
import org.itilhis.ports.configuration.in.CmdbCommand.WithdrawRedundancy;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Implements {@link CmdbUseCase}: validation, then permission, then one transaction that
 * loads the item, checks the version the actor saw, lets the item decide and saves it with
 * its events. A command that changes nothing (the same details again) saves nothing.
 */
public final class CmdbService implements CmdbUseCase {
    private final CmdbPorts ports;
    private final CmdbSettings cmdb;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;
    private final TicketQueries tickets;
    /** Unrecorded reads for raiseAgainst: inside its transaction, answering the ticket's creator. */
    private final TicketQueries composedTickets;
    private final ServiceDeskUseCase desk;
    private final CmdbQueries queries;

    CmdbService(CmdbPorts ports, CmdbSettings cmdb, ServiceDeskSettings settings, Validator validator,
                ServiceDesk serviceDesk, CmdbQueries queries) {
        this.ports = checkNotNull(ports, "ports");
        this.cmdb = checkNotNull(cmdb, "cmdb");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.tickets = serviceDesk.queries();
        this.composedTickets = serviceDesk.composedQueries();
        this.desk = serviceDesk.desk();
        this.queries = checkNotNull(queries, "queries");
    }

    /** What an upsert by asset tag did. */
    enum Upsert {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    @Override
    public CiView handle(CmdbCommand command) {
        return pipeline.run(command, () -> {
            authorise(command.actor(), Permission.MANAGE_CMDB);
            ConfigurationItem item = command.dispatch(this::register, this::change);
            return Outcome.of(CiView.of(item), item.pullEvents());
        });
    }

    @Override
    public Set<CiId> recordAffectedCis(Actor actor, TicketId ticket, Set<CiId> cis) {
        return recordAffectedCis(tickets, actor, ticket, cis);
    }

    /** Records the links, reading the ticket through {@code reader} (recorded, or composed in a command). */
    private Set<CiId> recordAffectedCis(TicketQueries reader, Actor actor, TicketId ticket, Set<CiId> cis) {
        checkNotNull(ticket, "ticket");
        if (cis == null || cis.isEmpty()) {
            throw InvalidCommandException.of("cis", "must name at least one configuration item");
        }
        TicketView seen = reader.permitted(actor, ticket, Permission.RECORD_AFFECTED_CI);
        return ports.desk().transactions().inTransaction(() -> {
            Instant now = ports.desk().clock().instant();
            List<CiEvent> events = new ArrayList<>();
            for (CiId ci : ImmutableSet.copyOf(cis)) {
                ports.items().find(ci).orElseThrow(() -> new CiNotFoundException(ci));
                if (ports.links().link(ticket, ci)) {
                    events.add(new CiEvent.AffectedByTicket(ci, ticket, seen.number(), actor.staffId(), now));
                }
            }
            ports.desk().events().append(events);
            return ImmutableSet.copyOf(ports.links().cisOf(ticket));
        });
    }

    @Override
    public TicketView raiseAgainst(ContactCommand.RaiseTicket command, Set<CiId> cis) {
        checkNotNull(command, "command");
        if (cis == null || cis.isEmpty()) {
            throw InvalidCommandException.of("cis", "must name at least one configuration item");
        }
        authorise(command.actor(), Permission.RECORD_AFFECTED_CI);
        List<ConfigurationItem> items = cis.stream()
                .map(id -> ports.items().find(id).orElseThrow(() -> new CiNotFoundException(id))).toList();
        // Read before the transaction: the graph cache must never see a transaction's own writes (CmdbGraphs).
        ServiceCriticality criticality = queries.criticalityOf(command.actor(), cis)
                .filter(fromCmdb -> command.criticality() == null || fromCmdb.compareTo(command.criticality()) < 0)
                .orElse(command.criticality());
        String ciClass = command.ciClass() == null || command.ciClass().isBlank() ? items.get(0).classCode()
                : command.ciClass();
        return ports.desk().transactions().inTransaction(() -> {
            TicketView raised = desk.raiseTicket(new ContactCommand.RaiseTicket(command.actor(), command.contact(),
                    command.type(), command.summary(), command.category(), command.impact(), command.urgency(),
                    criticality, command.majorIncident(), ciClass));
            recordAffectedCis(composedTickets, command.actor(), raised.id(), cis);
            return composedTickets.ticket(command.actor(), raised.id());
        });
    }

    /**
     * Registers the item with {@code data}'s asset tag or brings the stored one in line with
     * it, inside the caller's transaction: the import's step. The caller has checked the
     * actor's permission and validated {@code data} against the stored item it found, at
     * {@code storedVersion} (0: none), perhaps in an earlier transaction; an item changed or
     * registered since is not overwritten with what was validated against an older state.
     *
     * @throws VersionConflictException if the stored item is no longer at {@code storedVersion}
     * @throws DuplicateAssetTagException if an item with the asset tag was registered since
     */
    Upsert upsert(Actor actor, String classCode, CiData data, CiStatus status, long storedVersion) {
        CiClass ciClass = classOf(classCode);
        AssetTag tag = AssetTag.of(data.assetTag());
        Optional<ConfigurationItem> stored = ports.items().findByAssetTag(tag);
        checkUnchanged(tag, stored, storedVersion);
        ConfigurationItem item;
        Upsert done;
        if (stored.isEmpty()) {
            item = insert(actor, ciClass, details(data), status);
            done = Upsert.CREATED;
        } else {
            item = stored.get();
            item.change(ciClass, details(data), null, actor.staffId(), ports.desk().clock().instant());
            done = saveChanged(item) ? Upsert.UPDATED : Upsert.UNCHANGED;
        }
        ports.desk().events().append(item.pullEvents()); // the import's own transaction: no pipeline
        return done;
    }

    /**
     * Refuses to go on unless the item stored under {@code tag} is still at {@code storedVersion}
     * (0: still none).
     *
     * @throws DuplicateAssetTagException if an item was registered under the tag meanwhile
     * @throws VersionConflictException if the stored item changed meanwhile
     */
    static void checkUnchanged(AssetTag tag, Optional<ConfigurationItem> stored, long storedVersion) {
        long version = stored.map(ConfigurationItem::version).orElse(0L);
        if (version != storedVersion) {
            throw storedVersion == 0 ? new DuplicateAssetTagException(tag)
                    : new VersionConflictException("ci", tag.value(), storedVersion, version);
        }
    }

    private ConfigurationItem register(RegisterCi command) {
        CiClass ciClass = classOf(command.classCode());
        if (command.status() == CiStatus.DISPOSED) {
            throw InvalidCommandException.of("status", "must not be DISPOSED: an item is registered in the state it is"
                    + " found in, and a disposed item is no longer there");
        }
        CiDetails details = details(command.data());
        if (ports.items().findByAssetTag(details.assetTag()).isPresent()) {
            throw new DuplicateAssetTagException(details.assetTag());
        }
        return insert(command.actor(), ciClass, details, command.status());
    }

    /** Registers and saves a new item whose asset tag no stored item carries; its events are still to append. */
    private ConfigurationItem insert(Actor actor, CiClass ciClass, CiDetails details, CiStatus status) {
        ConfigurationItem item = ConfigurationItem.register(ports.items().nextId(), ciClass, details,
                status == null ? CiStatus.ORDERED : status, actor.staffId(), ports.desk().clock().instant());
        saveChanged(item);
        return item;
    }

    private ConfigurationItem change(OnCi command) {
        ConfigurationItem item = ports.items().find(command.ci()).orElseThrow(() -> new CiNotFoundException(command.ci()));
        CommandPipeline.checkVersion("ci", item.assetTag().value(), command.expectedVersion(), item.version());
        command.accept(new Change(item, command.actor().staffId(), ports.desk().clock().instant()));
        saveChanged(item);
        return item;
    }

    /** Saves the item if it has events to append (they are left pending); whether it had. */
    private boolean saveChanged(ConfigurationItem item) {
        if (item.pendingEvents().isEmpty()) {
            return false;
        }
        ports.items().save(item);
        return true;
    }

    private static RedundancyRule redundancyRule(DeclareRedundancy c) {
        if ((c.failedMembers() > 0) == (c.percent() > 0)) {
            throw InvalidCommandException.of("failedMembers", "give either failedMembers or percent, and only one");
        }
        return c.failedMembers() > 0 ? RedundancyRule.downWhen(c.through(), c.failedMembers())
                : RedundancyRule.downWhenPercent(c.through(), c.percent());
    }

    private CiClass classOf(String classCode) {
        return cmdb.classes().find(classCode == null ? "" : classCode.strip()).orElseThrow(() -> InvalidCommandException
                .of("classCode", "is not a CI class; the classes are " + cmdb.classes()));
    }

    /** The details a validated {@link CiData} gives. */
    static CiDetails details(CiData data) {
        return new CiDetails(AssetTag.of(data.assetTag()), data.name(), Optional.ofNullable(data.serialNumber()),
                CiLocation.of(data.campus(), data.building(), data.floor(), data.room()),
                present(data.owningDepartment()).map(DepartmentId::of), present(data.supportGroup()).map(GroupId::of),
                data.criticality(), Optional.ofNullable(data.vendor()), Optional.ofNullable(data.warrantyEnd()),
                ImmutableMap.copyOf(data.attributes()));
    }

    private static CiLocation location(LocationData location) {
        return location == null ? CiLocation.UNKNOWN
                : CiLocation.of(location.campus(), location.building(), location.floor(), location.room());
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** What the item decides for each command on it, at {@code now}, for {@code actor}. */
    private final class Change implements OnCi.Visitor<Void> {
        private final ConfigurationItem item;
        private final StaffId actor;
        private final Instant now;

        Change(ConfigurationItem item, StaffId actor, Instant now) {
            this.item = item;
            this.actor = actor;
            this.now = now;
        }

        @Override
        public Void update(UpdateCi command) {
            CiDetails details = details(command.data());
            ports.items().findByAssetTag(details.assetTag()).filter(other -> !other.id().equals(item.id()))
                    .ifPresent(other -> {
                        throw new DuplicateAssetTagException(details.assetTag());
                    });
            item.change(cmdb.classes().get(item.classCode()), details, command.note(), actor, now);
            return null;
        }

        @Override
        public Void takeLifecycleStep(TakeLifecycleStep command) {
            item.take(command.action(), location(command.location()), command.note(), actor, now);
            return null;
        }

        @Override
        public Void relate(Relate command) {
            if (command.to().equals(command.ci())) {
                throw InvalidCommandException.of("to", "must be another item: an item is not related to itself");
            }
            ConfigurationItem to = ports.items().find(command.to())
                    .orElseThrow(() -> new CiNotFoundException(command.to()));
            item.relate(command.type(), to, cmdb.rules(), actor, now);
            return null;
        }

        @Override
        public Void unrelate(Unrelate command) {
            item.unrelate(command.type(), command.to(), actor, now);
            return null;
        }

        @Override
        public Void declareRedundancy(DeclareRedundancy command) {
            item.declareRedundancy(redundancyRule(command), actor, now);
            return null;
        }

        @Override
        public Void withdrawRedundancy(WithdrawRedundancy command) {
            item.withdrawRedundancy(command.through(), actor, now);
            return null;
        }
    }

    /** @throws org.itilhis.core.access.NotPermittedException unless the actor holds {@code permission} */
    void authorise(Actor actor, Permission permission) {
        settings.access().check(checkNotNull(actor, "actor"), permission,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "the CMDB");
    }
}
