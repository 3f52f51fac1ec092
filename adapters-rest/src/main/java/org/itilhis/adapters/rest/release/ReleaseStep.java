package org.itilhis.adapters.rest.release;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.release.in.ReleaseCommand;

/**
 * One step on a release as the client asked for it, which knows its {@link ReleaseCommand} once
 * the resource knows the release and the version the client expects; the problems' shape. A
 * step's request body is its step ({@link ReleaseRequestJson}'s records); the steps without a
 * body are the constants of {@link Bodiless}; go and no-go share one body ({@link Decided});
 * cancelling takes the desk's {@link ReasonJson}.
 */
interface ReleaseStep {
    /** The step's command; {@code fields} collects what could not be converted, for the 400 that names it. */
    ReleaseCommand command(Actor actor, ReleaseId release, Long expectedVersion, Fields fields);

    /** Cancelling with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
    static ReleaseStep cancel(ReasonJson body) {
        return body == null ? null : (actor, release, version, fields) ->
                new ReleaseCommand.Cancel(actor, release, version, body.reason());
    }

    /** The steps without a body: the command is who, which release and which version. */
    enum Bodiless implements ReleaseStep {
        START(ReleaseCommand.Start::new),
        COMPLETE(ReleaseCommand.Complete::new),
        CLOSE(ReleaseCommand.Close::new);

        private final Command command;

        Bodiless(Command command) {
            this.command = command;
        }

        @Override
        public ReleaseCommand command(Actor actor, ReleaseId release, Long expectedVersion, Fields fields) {
            return command.of(actor, release, expectedVersion);
        }

        @FunctionalInterface
        private interface Command {
            ReleaseCommand of(Actor actor, ReleaseId release, Long expectedVersion);
        }
    }

    /** The decisions on a stage, whose body is a {@link ReleaseRequestJson.StageDecisionJson}. */
    enum Decided {
        GO(ReleaseCommand.Go::new),
        NO_GO(ReleaseCommand.NoGo::new);

        private final Command command;

        Decided(Command command) {
            this.command = command;
        }

        /** This decision with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
        ReleaseStep with(ReleaseRequestJson.StageDecisionJson body) {
            return body == null ? null : (actor, release, version, fields) ->
                    command.of(actor, release, version, body.stage(), body.reason());
        }

        @FunctionalInterface
        private interface Command {
            ReleaseCommand of(Actor actor, ReleaseId release, Long expectedVersion, String stage, String reason);
        }
    }
}
