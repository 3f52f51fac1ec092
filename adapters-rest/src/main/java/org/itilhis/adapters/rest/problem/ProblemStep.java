package org.itilhis.adapters.rest.problem;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReprioritiseJson;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.problem.in.ProblemCommand;

/**
 * One step on a problem as the client asked for it, which knows its {@link ProblemCommand} once
 * the resource knows the problem and the version the client expects; the same shape as the
 * tickets' steps. A step's request body is its step ({@link ProblemRequestJson}'s records); the
 * steps without a body are the constants of {@link Bodiless}; the two whose body is only a
 * reason share the desk's {@link ReasonJson}, so the constants of {@link Reasoned} name the
 * step and take the body; reprioritising takes the desk's {@link ReprioritiseJson}, the same
 * factors of the same priority policy.
 */
interface ProblemStep {
    /** The step's command; {@code fields} collects what could not be converted, for the 400 that names it. */
    ProblemCommand command(Actor actor, ProblemId problem, Long expectedVersion, Fields fields);

    /** Reprioritising with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
    static ProblemStep reprioritise(ReprioritiseJson body) {
        return body == null ? null : (actor, problem, version, fields) -> new ProblemCommand.Reprioritise(actor,
                problem, version, body.impact(), body.urgency(), body.criticality(), body.reason());
    }

    /** The steps without a body: the command is who, which problem and which version. */
    enum Bodiless implements ProblemStep {
        INVESTIGATE(ProblemCommand.Investigate::new),
        PUBLISH_KNOWN_ERROR(ProblemCommand.PublishKnownError::new),
        CLOSE(ProblemCommand.Close::new);

        private final Command command;

        Bodiless(Command command) {
            this.command = command;
        }

        @Override
        public ProblemCommand command(Actor actor, ProblemId problem, Long expectedVersion, Fields fields) {
            return command.of(actor, problem, expectedVersion);
        }

        @FunctionalInterface
        private interface Command {
            ProblemCommand of(Actor actor, ProblemId problem, Long expectedVersion);
        }
    }

    /** The steps whose body is a {@link ReasonJson}: the command is the bodiless one's and the reason. */
    enum Reasoned {
        REOPEN(ProblemCommand.Reopen::new),
        CANCEL(ProblemCommand.Cancel::new);

        private final Command command;

        Reasoned(Command command) {
            this.command = command;
        }

        /** This step with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
        ProblemStep with(ReasonJson body) {
            return body == null ? null : (actor, problem, version, fields) ->
                    command.of(actor, problem, version, body.reason());
        }

        @FunctionalInterface
        private interface Command {
            ProblemCommand of(Actor actor, ProblemId problem, Long expectedVersion, String reason);
        }
    }
}
