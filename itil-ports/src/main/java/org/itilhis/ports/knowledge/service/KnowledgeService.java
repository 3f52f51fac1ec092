package org.itilhis.ports.knowledge.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.knowledge.in.ArticleCommand;
import org.itilhis.ports.knowledge.in.ArticleNotFoundException;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.knowledge.in.ResolveContactWithArticle;
import org.itilhis.ports.knowledge.in.ResolveTicketWithArticle;
import org.itilhis.ports.knowledge.in.WriteArticle;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Works knowledge articles: every {@link ArticleCommand} through the {@link CommandPipeline}:
 * load the article, check that the actor reads it and holds the command's permission, check the
 * expected version, let the article decide, save it; the pipeline appends its events, and after
 * the commit {@link ArticleIndexing} feeds the knowledge index from them. Resolving a contact or
 * a ticket with an article composes the desk's own use case in the same transaction (ADR 0012's
 * composition, as {@code ProblemService.resolveAtFirstContact}): the desk's events first, then
 * the article's use; a refusal of either undoes both.
 */
public final class KnowledgeService implements KnowledgeUseCase {
    private final KnowledgePorts ports;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;
    private final ArticleDrafts drafts;
    private final ArticleIndexing indexing;
    private final TicketWorkUseCase tickets;
    private final ServiceDeskUseCase contacts;

    KnowledgeService(KnowledgePorts ports, CiClassCatalogue classes, ServiceDeskSettings settings,
                     Validator validator, TicketWorkUseCase tickets, ServiceDeskUseCase contacts) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.drafts = new ArticleDrafts(classes);
        this.indexing = new ArticleIndexing(ports.articles(), ports.index());
        this.tickets = checkNotNull(tickets, "tickets");
        this.contacts = checkNotNull(contacts, "contacts");
    }

    @Override
    public ArticleView write(WriteArticle command) {
        return run(command, () -> {
            Actor actor = command.actor();
            ArticleVisibility visibility = visibility(actor);
            settings.access().check(actor, Permission.WRITE_ARTICLE, ArticleVisibility.context(), "article");
            ArticleContent content = drafts.content(command.content());
            settings.access().check(actor, content.audience().viewPermission(), ArticleVisibility.context(),
                    "article");
            Instant now = ports.desk().clock().instant();
            Article article = Article.draft(ports.articles().nextId(),
                    ports.numbers().next(LocalDate.ofInstant(now, settings.zone()).getYear()), content,
                    actor.staffId(), now);
            ports.articles().save(article);
            return decided(visibility, article);
        });
    }

    @Override
    public ArticleView handle(ArticleCommand command) {
        return run(command, () -> {
            Actor actor = command.actor();
            ArticleVisibility visibility = visibility(actor);
            Article article = seen(visibility, command.article());
            settings.access().check(actor, command.permission(), ArticleVisibility.context(),
                    article.number().toString());
            CommandPipeline.checkVersion("article", article.number().toString(), command.expectedVersion(),
                    article.version());
            command.accept(new ArticleDecision(ports.cmdb(), drafts, visibility, article, actor.staffId(),
                    ports.desk().clock().instant()));
            ports.articles().save(article);
            return decided(visibility, article);
        });
    }

    @Override
    public TicketView resolveTicket(ResolveTicketWithArticle command) {
        return run(command, () -> {
            Article article = used(command.actor(), command.article(), DeskCase.ticket(command.ticket()));
            TicketView resolved = tickets.handle(new TicketCommand.Resolve(command.actor(), command.ticket(),
                    command.expectedVersion(), command.code(), article.number() + ": " + command.note().strip()));
            ports.articles().save(article);
            return Outcome.of(new Decided<>(resolved, article), article.pullEvents());
        });
    }

    @Override
    public ContactView resolveAtFirstContact(ResolveContactWithArticle command) {
        return run(command, () -> {
            Article article = used(command.actor(), command.article(), DeskCase.contact(command.contact()));
            ContactView resolved = contacts.resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(
                    command.actor(), command.contact(), command.code(), article.number() + ": "
                    + command.note().strip()));
            ports.articles().save(article);
            return Outcome.of(new Decided<>(resolved, article), article.pullEvents());
        });
    }

    /**
     * Runs {@code command} through the pipeline and, after the commit, lets the index follow the
     * events of the article it decided on.
     */
    private <R> R run(Object command, CommandPipeline.Decision<Decided<R>> decision) {
        return pipeline.run(command, decision,
                outcome -> indexing.follow(outcome.result().article(), outcome.events())).answer();
    }

    /** The article {@code id}, its use on {@code usedOn} decided (not yet saved): it must be published and read. */
    private Article used(Actor actor, ArticleId id, DeskCase usedOn) {
        Article article = seen(visibility(actor), id);
        article.published().ifPresent(version -> settings.access().check(actor,
                version.content().audience().viewPermission(), ArticleVisibility.context(),
                article.number().toString()));
        article.use(usedOn, actor.staffId(), ports.desk().clock().instant());
        return article;
    }

    private Article seen(ArticleVisibility visibility, ArticleId id) {
        return ports.articles().find(checkNotNull(id, "article")).filter(a -> visibility.view(a).isPresent())
                .orElseThrow(() -> new ArticleNotFoundException(id)); // as the queries say: no leak of existence
    }

    private static Outcome<Decided<ArticleView>> decided(ArticleVisibility visibility, Article article) {
        return Outcome.of(new Decided<>(visibility.viewAfter(article), article), article.pullEvents());
    }

    private ArticleVisibility visibility(Actor actor) {
        return ArticleVisibility.of(settings.access(), actor);
    }

    /** A composed command's answer, and the article whose use it counted. */
    private record Decided<R>(R answer, Article article) {
    }
}
