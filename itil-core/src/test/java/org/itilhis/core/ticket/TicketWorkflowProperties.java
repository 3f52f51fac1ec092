package org.itilhis.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent.Resumed;
import org.itilhis.core.workflow.Transition;
import org.itilhis.core.workflow.Workflow;
import org.itilhis.core.workflow.WorkflowException;
import org.junit.jupiter.api.Test;

/**
 * The workflow declarations are the single source of truth for a ticket's status: whatever
 * the type, the state and the action, a step either is refused as the declaration says
 * (no such arrow, or a guard fails) or ends in the declared target; and applying an event
 * under an edited declaration ends where the edited declaration says.
 */
class TicketWorkflowProperties {
    @Property(tries = 1000)
    void everyStepATicketTakesEndsInTheDeclaredTarget(@ForAll TicketType type, @ForAll TicketStatus status,
                                                      @ForAll TicketAction action) {
        TicketFixture fixture = new TicketFixture();
        Ticket ticket = fixture.in(type, status);
        Workflow<TicketStatus, TicketAction, Ticket> workflow = TicketWorkflows.of(type);
        Optional<Transition<TicketStatus, TicketAction, Ticket>> declared = workflow.find(status, action);
        try {
            take(ticket, action, fixture);
        } catch (WorkflowException refused) {
            Statistics.label("step").collect(declared.isPresent() ? "refused by a guard" : "not declared");
            assertThat(declared.isEmpty() || !declared.get().guards().isEmpty()).as(refused.getMessage()).isTrue();
            assertThat(ticket.status()).isEqualTo(status);
            return;
        }
        Statistics.label("step").collect("taken");
        assertThat(declared).as("%s from %s was taken", action, status).isPresent();
        assertThat(ticket.status()).isEqualTo(declared.get().to());
        assertThat(Ticket.replay(ticket.pendingEvents()).status()).isEqualTo(declared.get().to());
    }

    @Test
    void anEventAppliedUnderAnEditedDeclarationEndsWhereTheEditSays() {
        TicketFixture fixture = new TicketFixture();
        Ticket held = fixture.incidentIn(TicketStatus.ON_HOLD);
        Workflow<TicketStatus, TicketAction, Ticket> edited = Workflow
                .<TicketStatus, TicketAction, Ticket>builder("incident, resuming to assigned", TicketStatus.class,
                        TicketAction.class)
                .initial(TicketStatus.NEW)
                .terminal(TicketStatus.CLOSED, TicketStatus.CANCELLED)
                .on(TicketAction.RESUME).from(TicketStatus.ON_HOLD).to(TicketStatus.ASSIGNED)
                .build();

        TicketEvolution.apply(held, new Resumed(held.id(), TicketFixture.ENGINEER, fixture.tick()), edited);

        assertThat(held.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(held.snapshot().holdReason()).isEmpty();
    }

    @Test
    void anEventTheDeclarationDoesNotAllowFromTheStatusCannotBeApplied() {
        TicketFixture fixture = new TicketFixture();
        Ticket fresh = fixture.incident();

        assertThatThrownBy(() -> TicketEvolution.apply(fresh,
                new Resumed(fresh.id(), TicketFixture.ENGINEER, fixture.tick()), TicketWorkflows.INCIDENT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares no RESUME from NEW");
    }

    private static void take(Ticket t, TicketAction action, TicketFixture f) {
        StaffId engineer = TicketFixture.ENGINEER;
        switch (action) {
            case ASSIGN -> t.assign(TicketFixture.DESKTOP, Optional.of(engineer), SupportTier.FIRST_LINE,
                    TicketFixture.AGENT, f.tick());
            case ACCEPT -> t.accept(engineer, f.tick());
            case START -> t.start(engineer, f.tick());
            case HOLD -> t.hold(HoldReason.AWAITING_CALLER, "waiting for the ward", engineer, f.tick());
            case RESUME -> t.resume(engineer, f.tick());
            case ESCALATE -> t.escalate(TicketFixture.HIS_SUPPORT, "needs the HIS team", engineer, f.tick());
            case ESCALATE_TO_LEAD -> t.escalateToLead("stuck", engineer, f.tick());
            case UPDATE_CALLER -> t.updateCaller("on our way", engineer, f.tick());
            case RESOLVE -> t.resolve(ResolutionCode.FIXED, "replaced the cable", engineer, f.tick());
            case CONFIRM -> t.confirm(TicketFixture.CALLER, f.tick());
            case REOPEN -> t.reopen("still broken", TicketFixture.CALLER, f.tick());
            case CLOSE -> t.closeAfterQuietPeriod(Duration.ZERO, StaffId.of("system"), f.tick());
            case CANCEL -> t.cancel("raised twice", TicketFixture.CALLER, f.tick());
        }
    }
}
