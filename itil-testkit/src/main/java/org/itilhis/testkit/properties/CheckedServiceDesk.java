package org.itilhis.testkit.properties;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * An in-memory service desk whose every command is checked: each command runs through the
 * application services ({@code desk.desk.desk()} and {@code desk.desk.tickets()}), and
 * {@link CommandEffects} then compares the stored state with the state before it. A
 * {@link DomainException} is a refusal and must have changed nothing; any other exception
 * fails the check, since invalid input must be refused by validation, never crash the
 * domain. Commands run one at a time, so a version conflict must come from a stale
 * {@code expectedVersion}; any other conflict means versions and events disagree. The state
 * invariants are checked separately, by {@link #invariants()}.
 *
 * <pre>{@code
 * CheckedServiceDesk desk = CheckedServiceDesk.of(DemoHospital.inMemory(), PriorityPolicy.hospitalDefault());
 * desk.execute(command);
 * desk.invariants().check();
 * }</pre>
 */
public final class CheckedServiceDesk {
    private static final int DESCRIPTION_LIMIT = 600;

    private final InMemoryServiceDesk desk;
    private final ServiceDeskInvariants invariants;

    private CheckedServiceDesk(InMemoryServiceDesk desk, PriorityPolicy policy) {
        this.desk = checkNotNull(desk, "desk");
        this.invariants = ServiceDeskInvariants.of(desk, policy);
    }

    /** @param policy the priority policy {@code desk} was configured with */
    public static CheckedServiceDesk of(InMemoryServiceDesk desk, PriorityPolicy policy) {
        return new CheckedServiceDesk(desk, policy);
    }

    public InMemoryServiceDesk desk() {
        return desk;
    }

    public ServiceDeskInvariants invariants() {
        return invariants;
    }

    /** Runs a contact command through {@link ServiceDeskUseCase} and checks its effect. */
    public CommandOutcome execute(ContactCommand command) {
        ServiceDeskUseCase contacts = desk.desk.desk();
        Supplier<Object> run = command.accept(new ContactCommand.Visitor<>() {
            @Override
            public Supplier<Object> log(ContactCommand.Log c) {
                return () -> contacts.logContact(c);
            }

            @Override
            public Supplier<Object> resolveAtFirstContact(ContactCommand.ResolveAtFirstContact c) {
                return () -> contacts.resolveAtFirstContact(c);
            }

            @Override
            public Supplier<Object> raiseTicket(ContactCommand.RaiseTicket c) {
                return () -> contacts.raiseTicket(c);
            }

            @Override
            public Supplier<Object> linkToTicket(ContactCommand.LinkToTicket c) {
                return () -> contacts.linkToTicket(c);
            }
        });
        return attempt(Effect.of(command), command.actor(), describe(command), run, before -> false);
    }

    /** Runs a ticket command through {@code TicketWorkUseCase.handle} and checks its effect. */
    public CommandOutcome execute(TicketCommand command) {
        return attempt(Effect.of(command), command.actor(), describe(command),
                () -> desk.desk.tickets().handle(command), before -> isStale(command, before));
    }

    /** Whether the command expected a version of its ticket other than the stored one. */
    private static boolean isStale(TicketCommand command, DeskState before) {
        TicketSnapshot stored = command.ticket() == null ? null : before.tickets().get(command.ticket());
        return command.expectedVersion() != null && stored != null && command.expectedVersion() != stored.version();
    }

    /**
     * Runs any command and checks it had {@code expected} effect, with events recorded for
     * {@code actor} at the clock's time, or no effect at all if it was refused. Commands run
     * one at a time here, so a {@link VersionConflictException} is a refusal only when
     * {@code stale} says the command expected another version than the one stored before it.
     *
     * @throws AssertionError if the effect is wrong or a non-domain exception escaped
     */
    public CommandOutcome attempt(Effect expected, Actor actor, String description, Supplier<?> command,
                                  Predicate<DeskState> stale) {
        DeskState before = DeskState.of(desk);
        Object result;
        try {
            result = command.get();
        } catch (DomainException refused) {
            CommandEffects.checkUnchanged(before, DeskState.of(desk), description + " (" + refused.code() + ")");
            if (refused instanceof VersionConflictException && !stale.test(before)) {
                throw new AssertionError(description + " was refused with " + refused.getMessage()
                        + " although it expected no other version than the stored one", refused);
            }
            return new CommandOutcome.Refused(refused);
        } catch (RuntimeException crash) {
            throw new AssertionError(description + " escaped with " + crash
                    + "; invalid input must be refused with a DomainException (InvalidCommandException)", crash);
        }
        StaffId who = actor == null ? null : actor.staffId();
        CommandEffects.checkSucceeded(before, DeskState.of(desk), expected, who, desk.clock.instant(), description);
        return new CommandOutcome.Succeeded(result);
    }

    /** The command's text, with long fields cut, for failure messages and jqwik's reports. */
    public static String describe(Object command) {
        String text = String.valueOf(command);
        if (text.length() > DESCRIPTION_LIMIT) {
            text = text.replaceAll("([^,=\\]\\[]{40})[^,=\\]\\[]{20,}", "$1…");
        }
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT) + "…";
    }
}
