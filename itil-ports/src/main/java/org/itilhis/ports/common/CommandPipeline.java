package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;

/**
 * The one way every practice's application services run a command (ADR 0012): validate the
 * command; then, in one transaction, let the {@link Decision} load what it needs, authorise
 * the actor, check the expected version ({@link #checkVersion}), let the aggregates decide
 * and save them; append the events they recorded, of one aggregate or several, in one
 * batch; commit; and only then hand the outcome to what follows a commit (notifications),
 * so that nothing is announced that did not happen.
 *
 * <p>A decision that throws (a refusal, a conflict, a storage failure) leaves the
 * transaction by the same exception: nothing it wrote is committed and nothing follows.
 * Run inside another command's pipeline (a practice composing a lower one's use case), the
 * pipeline joins its transaction ({@link Transactions}): its events are appended there, and its
 * after-commit step waits for the outermost command to commit, so that a notice of the inner
 * command (the low-stock notice of parts a repair uses, the desk's notice of an incident raised
 * for a fault) is not sent when the outer command then fails and rolls it back.
 */
public final class CommandPipeline {
    /**
     * The after-commit steps of the commands run inside the outermost one on this thread, in the
     * order they committed with it; null outside any command.
     */
    private static final ThreadLocal<List<Runnable>> AFTER_OUTERMOST_COMMIT = new ThreadLocal<>();

    private final CommandValidator validator;
    private final Transactions transactions;
    private final EventLog events;

    public CommandPipeline(Validator validator, Transactions transactions, EventLog events) {
        this.validator = new CommandValidator(checkNotNull(validator, "validator"));
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
    }

    /** Runs {@code command} through {@code decision}; nothing follows the commit. */
    public <R> R run(Object command, Decision<R> decision) {
        return run(command, decision, outcome -> { });
    }

    /**
     * Runs {@code command} through {@code decision} as the class comment says, then hands the
     * committed outcome to {@code afterCommit}, and answers its result.
     *
     * @throws InvalidCommandException if the command breaks its constraints (nothing else runs)
     */
    public <R> R run(Object command, Decision<R> decision, Consumer<Outcome<R>> afterCommit) {
        validator.validate(command);
        checkNotNull(decision, "decision");
        List<Runnable> waiting = AFTER_OUTERMOST_COMMIT.get();
        boolean outermost = waiting == null;
        if (outermost) {
            waiting = new ArrayList<>();
            AFTER_OUTERMOST_COMMIT.set(waiting);
        }
        Outcome<R> outcome;
        try {
            outcome = transactions.inTransaction(() -> {
                Outcome<R> decided = checkNotNull(decision.decide(), "outcome");
                events.append(decided.events());
                return decided;
            });
        } finally {
            if (outermost) {
                AFTER_OUTERMOST_COMMIT.remove();
            }
        }
        if (!outermost) {
            Outcome<R> committedWithTheOuter = outcome;
            waiting.add(() -> afterCommit.accept(committedWithTheOuter));
            return outcome.result();
        }
        waiting.forEach(Runnable::run);
        afterCommit.accept(outcome);
        return outcome.result();
    }

    /**
     * Refuses a command that expected another version of the record than the stored one
     * ({@code expected} null: the actor did not say, and nothing is checked).
     *
     * @param kind the kind of record for the message, e.g. {@code ticket}
     * @param key  the record as people name it, e.g. its number
     * @throws VersionConflictException if the versions differ
     */
    public static void checkVersion(String kind, String key, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new VersionConflictException(kind, key, expected, actual);
        }
    }

    /**
     * What a command does inside its transaction: loads, authorises, checks the version, lets
     * the aggregates decide, saves them, and answers their pulled events with the result.
     */
    @FunctionalInterface
    public interface Decision<R> {
        Outcome<R> decide();
    }

    /** The result of a command and the events its aggregates recorded, in the order to append them. */
    public record Outcome<R>(R result, ImmutableList<DomainEvent> events) {
        public Outcome {
            checkNotNull(events, "events");
        }

        /** {@code result} and the events of each list, one list after the other. */
        @SafeVarargs
        public static <R> Outcome<R> of(R result, List<? extends DomainEvent>... events) {
            ImmutableList.Builder<DomainEvent> all = ImmutableList.builder();
            for (List<? extends DomainEvent> list : events) {
                all.addAll(list);
            }
            return new Outcome<>(result, all.build());
        }
    }
}
