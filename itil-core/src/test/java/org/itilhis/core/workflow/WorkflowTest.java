package org.itilhis.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.workflow.WorkflowTest.Door.CLOSED;
import static org.itilhis.core.workflow.WorkflowTest.Door.LOCKED;
import static org.itilhis.core.workflow.WorkflowTest.Door.OPEN;
import static org.itilhis.core.workflow.WorkflowTest.Door.SCRAPPED;
import static org.itilhis.core.workflow.WorkflowTest.Move.CLOSE;
import static org.itilhis.core.workflow.WorkflowTest.Move.KNOCK;
import static org.itilhis.core.workflow.WorkflowTest.Move.LOCK;
import static org.itilhis.core.workflow.WorkflowTest.Move.OPEN_UP;
import static org.itilhis.core.workflow.WorkflowTest.Move.SCRAP;
import static org.itilhis.core.workflow.WorkflowTest.Move.UNLOCK;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.ticket.TicketWorkflows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowTest {
    enum Door { CLOSED, OPEN, LOCKED, SCRAPPED }

    enum Move { OPEN_UP, CLOSE, LOCK, UNLOCK, KNOCK, SCRAP }

    /** What the guards look at: whether the key is at hand. */
    record Hand(boolean holdsKey) {
    }

    private static final Guard<Hand> HAS_KEY = Guard.of("has-key", "the key is at hand", Hand::holdsKey);

    private static final Hand WITH_KEY = new Hand(true);
    private static final Hand WITHOUT_KEY = new Hand(false);

    private final Workflow<Door, Move, Hand> door = Workflow.<Door, Move, Hand>builder("door", Door.class, Move.class)
            .initial(CLOSED)
            .terminal(SCRAPPED)
            .field("code", "the lock's code")
            .field("reason", "why")
            .on(OPEN_UP).from(CLOSED).to(OPEN)
            .on(CLOSE).from(OPEN).to(CLOSED)
            .on(LOCK).from(CLOSED).requires("code").when(HAS_KEY).to(LOCKED)
            .on(UNLOCK).from(LOCKED).requires("code").when(HAS_KEY).to(CLOSED)
            .on(KNOCK).from(CLOSED, LOCKED).stay()
            .on(SCRAP).from(CLOSED, OPEN, LOCKED).requires("reason").to(SCRAPPED)
            .build();

    private static Workflow.Builder<Door, Move, Hand> builder() {
        return Workflow.builder("door", Door.class, Move.class);
    }

    // ---- declaring --------------------------------------------------------------------

    @Test
    void aDeclarationKeepsItsNameInitialStateTerminalsAndFields() {
        assertThat(door.name()).isEqualTo("door");
        assertThat(door.initial()).isEqualTo(CLOSED);
        assertThat(door.terminals()).containsExactly(SCRAPPED);
        assertThat(door.isTerminal(SCRAPPED)).isTrue();
        assertThat(door.isTerminal(OPEN)).isFalse();
        assertThat(door.fields()).containsOnlyKeys("code", "reason");
        assertThat(door.fields()).containsEntry("code", "the lock's code");
    }

    @Test
    void theStatesAreEveryConstantOfTheStateEnum() {
        assertThat(door.states()).containsExactly(CLOSED, OPEN, LOCKED, SCRAPPED);
    }

    @Test
    void anActionFromSeveralStatesBecomesOneTransitionPerSourceInDeclarationOrder() {
        assertThat(door.transitions())
                .filteredOn(t -> t.action() == SCRAP)
                .extracting(Transition::from)
                .containsExactly(CLOSED, OPEN, LOCKED);
        assertThat(door.transitions()).hasSize(9);
    }

    @Test
    void stayDeclaresASelfTransitionFromEverySource() {
        assertThat(door.find(LOCKED, KNOCK)).hasValueSatisfying(t -> {
            assertThat(t.to()).isEqualTo(LOCKED);
            assertThat(t.isSelfTransition()).isTrue();
        });
        assertThat(door.find(CLOSED, KNOCK).orElseThrow().to()).isEqualTo(CLOSED);
    }

    @Test
    void aTransitionKeepsItsRequiredFieldsAndGuards() {
        Transition<Door, Move, Hand> lock = door.find(CLOSED, LOCK).orElseThrow();

        assertThat(lock.requiredFields()).containsExactly("code");
        assertThat(lock.guards()).containsExactly(HAS_KEY);
        assertThat(lock.isSelfTransition()).isFalse();
    }

    @Test
    void declaringTheSameActionTwiceFromOneStateIsRejected() {
        Workflow.Builder<Door, Move, Hand> ambiguous = builder().initial(CLOSED)
                .on(OPEN_UP).from(CLOSED).to(OPEN)
                .on(OPEN_UP).from(LOCKED, CLOSED).to(LOCKED);

        assertThatIllegalArgumentException().isThrownBy(ambiguous::build)
                .withMessageContaining("OPEN_UP")
                .withMessageContaining("CLOSED");
    }

    @Test
    void theSameActionFromDifferentStatesIsNotAmbiguous() {
        Workflow<Door, Move, Hand> workflow = builder().initial(CLOSED)
                .on(OPEN_UP).from(CLOSED).to(OPEN)
                .on(OPEN_UP).from(LOCKED).to(CLOSED)
                .build();

        assertThat(workflow.find(LOCKED, OPEN_UP).orElseThrow().to()).isEqualTo(CLOSED);
    }

    @Test
    void aWorkflowWithoutInitialStateIsRejected() {
        assertThatIllegalStateException().isThrownBy(() -> builder().on(OPEN_UP).from(CLOSED).to(OPEN).build())
                .withMessageContaining("no initial state");
    }

    @Test
    void aTerminalInitialStateIsRejected() {
        assertThatIllegalStateException().isThrownBy(() -> builder().initial(SCRAPPED).terminal(SCRAPPED).build())
                .withMessageContaining("SCRAPPED");
    }

    @Test
    void anActionWithoutSourceStateIsRejected() {
        assertThatIllegalStateException().isThrownBy(() -> builder().initial(CLOSED).on(OPEN_UP).to(OPEN))
                .withMessageContaining("OPEN_UP");
    }

    @Test
    void aGuardNameMustBeKebabCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> Guard.of("HasKey", "the key", (Hand h) -> true));
        assertThat(Guard.of("has-key-2", "the key", (Hand h) -> true).toString()).isEqualTo("has-key-2");
    }

    // ---- allowed actions ---------------------------------------------------------------

    @Test
    void allowedActionsAreTheActionsDeclaredFromTheStateInDeclarationOrder() {
        assertThat(door.allowedActions(CLOSED)).containsExactly(OPEN_UP, LOCK, KNOCK, SCRAP);
        assertThat(door.allowedActions(OPEN)).containsExactly(CLOSE, SCRAP);
    }

    @Test
    void allowedActionsIgnoreGuards() {
        assertThat(door.allowedActions(LOCKED)).contains(UNLOCK);
    }

    @Test
    void aTerminalStateAllowsNoAction() {
        assertThat(door.allowedActions(SCRAPPED)).isEmpty();
        assertThat(door.find(SCRAPPED, OPEN_UP)).isEmpty();
    }

    // ---- check -------------------------------------------------------------------------

    @Test
    void checkReturnsTheTransitionWhenEverythingHolds() {
        Transition<Door, Move, Hand> lock = door.check(CLOSED, LOCK, WITH_KEY, Set.of("code"));

        assertThat(lock.to()).isEqualTo(LOCKED);
    }

    @Test
    void extraFieldsDoNoHarm() {
        assertThat(door.check(CLOSED, OPEN_UP, WITHOUT_KEY, Set.of("code", "reason", "colour")).to()).isEqualTo(OPEN);
    }

    @Test
    void anUndeclaredActionIsAnIllegalTransitionListingTheAllowedActions() {
        assertThatThrownBy(() -> door.check(OPEN, LOCK, WITH_KEY, Set.of("code")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.workflow()).isEqualTo("door");
                    assertThat(e.state()).isEqualTo("OPEN");
                    assertThat(e.action()).isEqualTo("LOCK");
                    assertThat(e.allowedActions()).containsExactly("CLOSE", "SCRAP");
                    assertThat(e.code()).isEqualTo("workflow.illegal-transition");
                    assertThat(e.getMessage()).isEqualTo("door: cannot lock while open; allowed now: close, scrap");
                });
    }

    @Test
    void anActionFromATerminalStateIsAnIllegalTransitionWithNoAllowedActions() {
        assertThatThrownBy(() -> door.check(SCRAPPED, OPEN_UP, WITH_KEY, Set.of()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.allowedActions()).isEmpty();
                    assertThat(e.getMessage()).endsWith("allowed now: -");
                });
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> door.check(OPEN, SCRAP, WITH_KEY, Set.of("code")))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.workflow()).isEqualTo("door");
                    assertThat(e.code()).isEqualTo("workflow.missing-field");
                    assertThat(e.getMessage()).isEqualTo("door: scrap requires the field reason");
                });
    }

    @Test
    void aFailedGuardIsNamed() {
        assertThatThrownBy(() -> door.check(CLOSED, LOCK, WITHOUT_KEY, Set.of("code")))
                .isInstanceOfSatisfying(GuardFailedException.class, e -> {
                    assertThat(e.guard()).isEqualTo("has-key");
                    assertThat(e.workflow()).isEqualTo("door");
                    assertThat(e.code()).isEqualTo("workflow.guard-failed");
                    assertThat(e.getMessage()).startsWith("door: cannot lock: ").contains("has-key");
                });
    }

    @Test
    void requiredFieldsAreCheckedBeforeGuards() {
        assertThatThrownBy(() -> door.check(CLOSED, LOCK, WITHOUT_KEY, Set.of()))
                .isInstanceOf(MissingRequiredFieldException.class);
    }

    @Test
    void theLegalityOfTheActionIsCheckedBeforeItsFields() {
        assertThatThrownBy(() -> door.check(OPEN, UNLOCK, WITHOUT_KEY, Set.of()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    // ---- Mermaid -------------------------------------------------------------------------

    @Test
    void toMermaidStartsAtTheInitialStateListsEveryTransitionAndEndsAtTheTerminals() {
        assertThat(door.toMermaid()).isEqualTo("""
                stateDiagram-v2
                    [*] --> CLOSED
                    CLOSED --> OPEN : open_up
                    OPEN --> CLOSED : close
                    CLOSED --> LOCKED : lock [has-key]
                    LOCKED --> CLOSED : unlock [has-key]
                    CLOSED --> CLOSED : knock
                    LOCKED --> LOCKED : knock
                    CLOSED --> SCRAPPED : scrap
                    OPEN --> SCRAPPED : scrap
                    LOCKED --> SCRAPPED : scrap
                    SCRAPPED --> [*]
                """);
    }

    /**
     * Mermaid {@code stateDiagram-v2}: a state id is one word; a transition label follows
     * {@code " : "} and must not contain {@code :} or {@code ;}, which end it early.
     */
    private static final Pattern MERMAID_LINE = Pattern.compile(
            "    (\\[\\*]|[A-Za-z][A-Za-z0-9_]*) --> (\\[\\*]|[A-Za-z][A-Za-z0-9_]*)( : [^:;\\n]+)?");

    static List<Workflow<?, ?, ?>> declaredWorkflows() {
        return List.of(TicketWorkflows.INCIDENT, TicketWorkflows.SERVICE_REQUEST, Contact.WORKFLOW);
    }

    @ParameterizedTest
    @MethodSource("declaredWorkflows")
    void everyDeclaredWorkflowRendersAsValidMermaid(Workflow<?, ?, ?> workflow) {
        String mermaid = workflow.toMermaid();
        List<String> lines = mermaid.lines().toList();

        assertThat(mermaid).endsWith("\n");
        assertThat(lines.get(0)).isEqualTo("stateDiagram-v2");
        assertThat(lines.get(1)).isEqualTo("    [*] --> " + workflow.initial());
        assertThat(lines.subList(1, lines.size())).allMatch(line -> MERMAID_LINE.matcher(line).matches());
        assertThat(lines).hasSize(1 + 1 + workflow.transitions().size() + workflow.terminals().size());
    }

    @Test
    void toStringNamesTheWorkflowAndCountsItsTransitions() {
        assertThat(door).hasToString("Workflow[door, 9 transitions]");
    }
}
