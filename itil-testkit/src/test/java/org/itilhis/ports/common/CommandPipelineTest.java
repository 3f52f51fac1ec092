package org.itilhis.ports.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.testkit.memory.InMemoryEventLog;
import org.itilhis.testkit.memory.InMemoryTransactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CommandPipelineTest {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryEventLog log = new InMemoryEventLog(transactions);
    private final CommandPipeline pipeline = new CommandPipeline(VALIDATOR, transactions, log);
    private final List<Outcome<String>> committed = new ArrayList<>();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    record Note(@NotBlank String text) {
    }

    record Noted(String aggregateId, String text) implements DomainEvent {
        @Override
        public StaffId actor() {
            return StaffId.of("E0101");
        }

        @Override
        public Instant occurredAt() {
            return Instant.parse("2026-03-02T08:00:00Z");
        }

        @Override
        public String type() {
            return "test.noted";
        }
    }

    @Test
    void theEventsOfEveryAggregateAreAppendedInOrderAndTheOutcomeFollowsTheCommit() {
        String result = pipeline.run(new Note("printer"), () -> {
            assertThat(transactions.isActive()).as("the decision runs in the transaction").isTrue();
            return Outcome.of("done", List.of(new Noted("contact-1", "logged")),
                    List.of(new Noted("ticket-1", "raised"), new Noted("ticket-1", "assigned")));
        }, outcome -> {
            assertThat(transactions.isActive()).as("after the commit").isFalse();
            committed.add(outcome);
        });

        assertThat(result).isEqualTo("done");
        assertThat(log.all()).extracting(e -> ((Noted) e).text()).containsExactly("logged", "raised", "assigned");
        assertThat(committed).singleElement().satisfies(o -> assertThat(o.events()).hasSize(3));
    }

    @Test
    void anInvalidCommandReachesNeitherTheDecisionNorTheLog() {
        AtomicBoolean decided = new AtomicBoolean();

        assertThatThrownBy(() -> pipeline.run(new Note(" "), () -> {
            decided.set(true);
            return Outcome.of("done", List.of(new Noted("ticket-1", "raised")));
        })).isInstanceOf(InvalidCommandException.class).hasMessageContaining("text");

        assertThat(decided).isFalse();
        assertThat(log.all()).isEmpty();
    }

    @Test
    void aRefusedDecisionAppendsNothingAndNothingFollows() {
        VersionConflictException conflict = new VersionConflictException("ticket", "INC-2026-000001", 3, 4);

        CommandPipeline.Decision<String> refused = () -> {
            log.append(List.of(new Noted("ticket-1", "written before the refusal")));
            throw conflict;
        };

        assertThatThrownBy(() -> pipeline.run(new Note("printer"), refused, committed::add)).isSameAs(conflict);

        assertThat(log.all()).as("rolled back").isEmpty();
        assertThat(committed).isEmpty();
    }

    @Test
    void insideAnotherCommandsTransactionItJoinsAndIsUndoneWithIt() {
        IllegalStateException outerFailure = new IllegalStateException("the outer command fails afterwards");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            pipeline.run(new Note("printer"), () -> Outcome.of("inner", List.of(new Noted("ticket-1", "raised"))));
            assertThat(log.all()).hasSize(1);
            throw outerFailure;
        })).isSameAs(outerFailure);

        assertThat(log.all()).isEmpty();
    }

    @Test
    void theExpectedVersionIsCheckedOnlyWhenGiven() {
        CommandPipeline.checkVersion("ticket", "INC-2026-000001", null, 7);
        CommandPipeline.checkVersion("ticket", "INC-2026-000001", 7L, 7);

        assertThatThrownBy(() -> CommandPipeline.checkVersion("ticket", "INC-2026-000001", 6L, 7))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("ticket.version-conflict");
                    assertThat(e.expected()).isEqualTo(6);
                    assertThat(e.actual()).isEqualTo(7);
                });
    }

    @Test
    void aComposedCommandsAfterCommitStepWaitsForTheOutermostCommitAndIsDroppedWhenItFails() {
        List<String> told = new ArrayList<>();
        CommandPipeline lower = new CommandPipeline(VALIDATOR, transactions, log);

        pipeline.run(new Note("repair"), () -> {
            lower.run(new Note("parts"), () -> Outcome.of("issued", List.of(new Noted("stock-1", "issued"))),
                    outcome -> {
                        assertThat(transactions.isActive()).as("after the outer commit").isFalse();
                        told.add("low stock");
                    });
            assertThat(told).as("not before the outer command commits").isEmpty();
            return Outcome.of("sent", List.of(new Noted("repair-1", "sent")));
        }, outcome -> told.add("repair sent"));
        assertThat(told).containsExactly("low stock", "repair sent");

        told.clear();
        assertThatThrownBy(() -> pipeline.run(new Note("repair"), () -> {
            lower.run(new Note("parts"), () -> Outcome.of("issued", List.of(new Noted("stock-1", "issued"))),
                    outcome -> told.add("low stock"));
            throw new VersionConflictException("repair", "repair-1", 1, 2);
        }, outcome -> told.add("repair sent"))).isInstanceOf(VersionConflictException.class);
        assertThat(told).as("the inner command rolled back with the outer: nothing announced").isEmpty();

        pipeline.run(new Note("later"), () -> Outcome.of("done", List.of()), outcome -> told.add("later"));
        assertThat(told).as("a failed command leaves nothing waiting on the thread").containsExactly("later");
    }
}
