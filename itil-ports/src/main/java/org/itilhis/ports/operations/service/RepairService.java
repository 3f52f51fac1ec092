package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.repair.Money;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairLink;
import org.itilhis.core.repair.RepairOpening;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.operations.in.OpenRepair;
import org.itilhis.ports.operations.in.RepairCommand;
import org.itilhis.ports.operations.in.RepairNotFoundException;
import org.itilhis.ports.operations.in.RepairUseCase;
import org.itilhis.ports.operations.in.RepairView;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Records repairs: every command through the {@link CommandPipeline}: load the repair, check that
 * the actor sees repairs and holds {@code RECORD_REPAIR}, check the expected version, let the
 * repair decide, save it; the pipeline appends its events. Sending and returning then take the
 * item's lifecycle step through the CMDB's own use case, and parts used are issued from the spare
 * parts ledger, in the same transaction: the repair's events come first in the log, then the
 * item's or the ledger's; a refusal of any undoes all.
 */
final class RepairService implements RepairUseCase {
    private final RepairPorts ports;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;
    private final RepairItems items;
    private final RepairParts parts;

    RepairService(RepairPorts ports, ServiceDeskSettings settings, Validator validator, RepairItems items,
                  RepairParts parts) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.items = checkNotNull(items, "items");
        this.parts = checkNotNull(parts, "parts");
    }

    @Override
    public RepairView open(OpenRepair command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            settings.access().check(actor, Permission.RECORD_REPAIR, context(actor), "repair");
            CiDetails item = items.details(command.ci());
            Optional<RepairLink> link = Optional.ofNullable(command.link()).map(this::existing);
            Instant now = ports.desk().clock().instant();
            Instant down = command.downtimeStart() == null ? now : command.downtimeStart();
            RepairOpening opening = new RepairOpening(command.ci(), command.fault(),
                    RepairItems.vendor(item, command.vendor()), items.underWarranty(item, down, command.underWarranty()),
                    link, down);
            Repair repair = Repair.open(ports.repairs().nextId(), opening, actor.staffId(), now);
            ports.repairs().save(repair);
            return Outcome.of(RepairView.of(repair), repair.pullEvents());
        });
    }

    @Override
    public RepairView handle(RepairCommand command) {
        checkNotNull(command, "command");
        return ports.desk().transactions().inTransaction(() -> {
            Decided decided = pipeline.run(command, () -> decide(command));
            command.accept(new Consequences(command.actor(), decided.repair()));
            return RepairView.of(decided.repair());
        });
    }

    private Outcome<Decided> decide(RepairCommand command) {
        Actor actor = command.actor();
        Repair repair = ports.repairs().find(command.repair())
                .orElseThrow(() -> new RepairNotFoundException(command.repair()));
        AccessContext context = context(actor);
        if (!settings.access().permits(actor, Permission.VIEW_REPAIRS, context)) {
            throw new RepairNotFoundException(command.repair()); // as the queries say: no leak of existence
        }
        settings.access().check(actor, Permission.RECORD_REPAIR, context, repair.id().toString());
        CommandPipeline.checkVersion("repair", repair.id().toString(), command.expectedVersion(), repair.version());
        command.accept(new Decision(repair, actor.staffId(), ports.desk().clock().instant()));
        ports.repairs().save(repair);
        return Outcome.of(new Decided(repair), repair.pullEvents());
    }

    /**
     * The incident or problem {@code number} names, which must exist; a number of the right form
     * that no record can have (year 1999, sequence 0) is not found either.
     */
    private RepairLink existing(String number) {
        if (number.startsWith(ProblemNumber.PREFIX)) {
            ProblemNumber problem = parsed(number, ProblemNumber::parse, () -> new ProblemNotFoundException(number));
            ports.problems().findByNumber(problem).orElseThrow(() -> new ProblemNotFoundException(problem));
            return RepairLink.problem(problem.toString());
        }
        TicketNumber ticket = parsed(number, TicketNumber::parse, () -> new TicketNotFoundException(number));
        ports.desk().tickets().findByNumber(ticket).orElseThrow(() -> new TicketNotFoundException(ticket));
        return RepairLink.incident(ticket.toString());
    }

    private static <T> T parsed(String number, Function<String, T> parse, Supplier<DomainException> notFound) {
        try {
            return parse.apply(number);
        } catch (IllegalArgumentException impossible) {
            throw notFound.get();
        }
    }

    private AccessContext context(Actor actor) {
        return AccessContext.general(ports.desk().directory().groupsOf(actor.staffId()));
    }

    /** A decided command's repair, as saved. */
    private record Decided(Repair repair) {
    }

    /** What each command asks of the repair. */
    private record Decision(Repair repair, StaffId actor, Instant now) implements RepairCommand.Visitor<Void> {
        @Override
        public Void sendToRepair(RepairCommand.SendToRepair c) {
            repair.sendToRepair(c.note(), actor, now);
            return null;
        }

        @Override
        public Void returnFromRepair(RepairCommand.ReturnFromRepair c) {
            repair.returnFromRepair(c.downtimeEnd(), c.note(), actor, now);
            return null;
        }

        @Override
        public Void recordCost(RepairCommand.RecordCost c) {
            repair.recordCost(Money.of(c.amount(), c.currency()), actor, now);
            return null;
        }

        @Override
        public Void useParts(RepairCommand.UseParts c) {
            repair.useParts(c.item(), c.room(), c.quantity(), actor, now);
            return null;
        }

        @Override
        public Void close(RepairCommand.Close c) {
            repair.close(actor, now);
            return null;
        }

        @Override
        public Void cancel(RepairCommand.Cancel c) {
            repair.cancel(c.reason() == null ? "" : c.reason(), actor, now);
            return null;
        }
    }

    /** What follows a decided command in its transaction, in the practices below: the CMDB, the ledger. */
    private final class Consequences implements RepairCommand.Visitor<Void> {
        private final Actor actor;
        private final Repair repair;

        Consequences(Actor actor, Repair repair) {
            this.actor = actor;
            this.repair = repair;
        }

        @Override
        public Void sendToRepair(RepairCommand.SendToRepair c) {
            items.sendToRepair(actor, repair);
            return null;
        }

        @Override
        public Void returnFromRepair(RepairCommand.ReturnFromRepair c) {
            items.returnFromRepair(actor, repair);
            return null;
        }

        @Override
        public Void recordCost(RepairCommand.RecordCost c) {
            return null;
        }

        @Override
        public Void useParts(RepairCommand.UseParts c) {
            parts.issue(actor, repair, c.item(), c.room(), c.quantity(), items);
            return null;
        }

        @Override
        public Void close(RepairCommand.Close c) {
            return null;
        }

        @Override
        public Void cancel(RepairCommand.Cancel c) {
            return null;
        }
    }
}
