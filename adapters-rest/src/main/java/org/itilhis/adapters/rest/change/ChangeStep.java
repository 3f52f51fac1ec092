package org.itilhis.adapters.rest.change;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.change.in.ChangeCommand;

/**
 * One step on a change as the client asked for it, which knows its {@link ChangeCommand} once
 * the resource knows the change and the version the client expects; the shape of the tickets'
 * and problems' steps. A step's request body is its step ({@link ChangeRequestJson}'s records);
 * the steps without a body are the constants of {@link Bodiless}; those whose body is only a
 * reason share the desk's {@link ReasonJson} ({@link Reasoned}).
 */
interface ChangeStep {
    /** The step's command; {@code fields} collects what could not be converted, for the 400 that names it. */
    ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields);

    /** The steps without a body: the command is who, which change and which version. */
    enum Bodiless implements ChangeStep {
        SUBMIT(ChangeCommand.Submit::new),
        START(ChangeCommand.Start::new),
        COMPLETE(ChangeCommand.Complete::new),
        CLOSE(ChangeCommand.Close::new);

        private final Command command;

        Bodiless(Command command) {
            this.command = command;
        }

        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            return command.of(actor, change, expectedVersion);
        }

        @FunctionalInterface
        private interface Command {
            ChangeCommand of(Actor actor, ChangeId change, Long expectedVersion);
        }
    }

    /** The steps whose body is a {@link ReasonJson}. */
    enum Reasoned {
        BACK_OUT(ChangeCommand.BackOut::new),
        CANCEL(ChangeCommand.Cancel::new);

        private final Command command;

        Reasoned(Command command) {
            this.command = command;
        }

        /** This step with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
        ChangeStep with(ReasonJson body) {
            return body == null ? null : (actor, change, version, fields) ->
                    command.of(actor, change, version, body.reason());
        }

        @FunctionalInterface
        private interface Command {
            ChangeCommand of(Actor actor, ChangeId change, Long expectedVersion, String reason);
        }
    }
}
