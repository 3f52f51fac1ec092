package org.itilhis.examples;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;

import java.time.Duration;
import java.util.Locale;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * Scene (d): steps the service desk refuses, each with its stable code and its message in
 * English and Simplified Chinese; the ticket's history does not change.
 */
final class Refusals {
    private final InMemoryServiceDesk hospital;
    private final Narrator narrator;

    Refusals(InMemoryServiceDesk hospital, Narrator narrator) {
        this.hospital = hospital;
        this.narrator = narrator;
    }

    void show(TicketView ticket) {
        narrator.chapter("(d) Refused steps: nothing changes, and the reason is given in two languages");
        hospital.clock.advance(Duration.ofMinutes(30));
        attempt(CLERK_LI, "tries to resolve " + ticket.number() + " herself",
                new TicketCommand.Resolve(CLERK_LI, ticket.id(), null, ResolutionCode.FIXED, "It works again"));
        attempt(AGENT_CHEN, "tries to reopen the closed " + ticket.number(),
                new TicketCommand.Reopen(AGENT_CHEN, ticket.id(), null, "Window 3 is slow again"));
        int events = hospital.desk.queries().history(AGENT_CHEN, ticket.id()).size();
        narrator.line("The history of " + ticket.number() + " still has " + events + " events.");
    }

    private void attempt(Actor actor, String what, TicketCommand command) {
        narrator.step(actor, what);
        try {
            hospital.desk.tickets().handle(command);
        } catch (DomainException refused) {
            narrator.detail("refused: " + refused.getClass().getSimpleName() + ", code " + refused.code());
            narrator.detail("en    " + refused.messageIn(Locale.ENGLISH));
            narrator.detail("zh-CN " + refused.messageIn(Locale.SIMPLIFIED_CHINESE));
            return;
        }
        throw new IllegalStateException("the walkthrough expected this step to be refused: " + command);
    }
}
