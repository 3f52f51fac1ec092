package org.itilhis.adapters.rest.servicedesk;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.in.TicketCommand;

/**
 * One step on a ticket as the client asked for it, which knows its {@link TicketCommand} once
 * the resource knows the ticket and the version the client expects. A step's request body is
 * its step ({@link TicketRequestJson}'s records, {@link ResolutionJson}); the steps without a
 * body are the constants of {@link Bodiless}; the four whose body is only a reason share
 * {@link ReasonJson}, so the constants of {@link Reasoned} name the step and take the body.
 */
interface TicketStep {
    /** The step's command; {@code fields} collects what could not be converted, for the 400 that names it. */
    TicketCommand command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields);

    /** The steps without a body: the command is who, which ticket and which version. */
    enum Bodiless implements TicketStep {
        ACCEPT(TicketCommand.Accept::new),
        START(TicketCommand.Start::new),
        RESUME(TicketCommand.Resume::new),
        CONFIRM(TicketCommand.Confirm::new),
        CLOSE(TicketCommand.Close::new);

        private final Command command;

        Bodiless(Command command) {
            this.command = command;
        }

        @Override
        public TicketCommand command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            return command.of(actor, ticket, expectedVersion);
        }

        @FunctionalInterface
        private interface Command {
            TicketCommand of(Actor actor, TicketId ticket, Long expectedVersion);
        }
    }

    /** The steps whose body is a {@link ReasonJson}: the command is the bodiless one's and the reason. */
    enum Reasoned {
        ESCALATE_TO_LEAD(TicketCommand.EscalateToLead::new),
        REOPEN(TicketCommand.Reopen::new),
        CANCEL(TicketCommand.Cancel::new),
        DECLARE_MAJOR_INCIDENT(TicketCommand.DeclareMajorIncident::new);

        private final Command command;

        Reasoned(Command command) {
            this.command = command;
        }

        /** This step with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
        TicketStep with(ReasonJson body) {
            return body == null ? null : (actor, ticket, version, fields) ->
                    command.of(actor, ticket, version, body.reason());
        }

        @FunctionalInterface
        private interface Command {
            TicketCommand of(Actor actor, TicketId ticket, Long expectedVersion, String reason);
        }
    }
}
