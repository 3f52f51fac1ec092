package org.itilhis.adapters.rest.knowledge;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.knowledge.in.ArticleCommand;

/**
 * One step on an article as the client asked for it, which knows its {@link ArticleCommand}
 * once the resource knows the article and the version the client expects; the shape of the
 * problems' and the tickets' steps. The steps without a body are the constants of {@link
 * Bodiless}; the two whose body is a reason (the desk's {@link ReasonJson}) those of {@link
 * Reasoned}; the two whose body is a draft ({@link ArticleJson.ArticleDraftJson}) those of
 * {@link Drafting}; linking an item is {@link ArticleJson.LinkCiJson}.
 */
interface ArticleStep {
    /** The step's command; {@code fields} collects what could not be converted, for the 400 that names it. */
    ArticleCommand command(Actor actor, ArticleId article, Long expectedVersion, Fields fields);

    /** The steps without a body: the command is who, which article and which version. */
    enum Bodiless implements ArticleStep {
        SUBMIT(ArticleCommand.SubmitForReview::new),
        APPROVE(ArticleCommand.ApproveReview::new),
        PUBLISH(ArticleCommand.Publish::new);

        private final Command command;

        Bodiless(Command command) {
            this.command = command;
        }

        @Override
        public ArticleCommand command(Actor actor, ArticleId article, Long expectedVersion, Fields fields) {
            return command.of(actor, article, expectedVersion);
        }

        @FunctionalInterface
        private interface Command {
            ArticleCommand of(Actor actor, ArticleId article, Long expectedVersion);
        }
    }

    /** The steps whose body is a {@link ReasonJson}. */
    enum Reasoned {
        REJECT(ArticleCommand.RejectReview::new),
        RETIRE(ArticleCommand.Retire::new);

        private final Command command;

        Reasoned(Command command) {
            this.command = command;
        }

        /** This step with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
        ArticleStep with(ReasonJson body) {
            return body == null ? null : (actor, article, version, fields) ->
                    command.of(actor, article, version, body.reason());
        }

        @FunctionalInterface
        private interface Command {
            ArticleCommand of(Actor actor, ArticleId article, Long expectedVersion, String reason);
        }
    }

    /** The steps whose body is the content of a version: editing the draft, drafting a new version. */
    enum Drafting {
        EDIT(ArticleCommand.EditDraft::new),
        NEW_VERSION(ArticleCommand.DraftNewVersion::new);

        private final Command command;

        Drafting(Command command) {
            this.command = command;
        }

        /** This step with {@code body}; none (a missing body, answered 400 in its turn) when the request had none. */
        ArticleStep with(ArticleJson.ArticleDraftJson body) {
            return body == null ? null : (actor, article, version, fields) ->
                    command.of(actor, article, version, body.draft(fields));
        }

        @FunctionalInterface
        private interface Command {
            ArticleCommand of(Actor actor, ArticleId article, Long expectedVersion,
                              org.itilhis.ports.knowledge.in.ArticleDraft content);
        }
    }
}
