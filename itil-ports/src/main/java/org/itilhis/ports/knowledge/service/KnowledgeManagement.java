package org.itilhis.ports.knowledge.service;

import jakarta.validation.Validator;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Knowledge management wired by hand beside a {@link ServiceDesk} (and the CMDB's and problem
 * management's stores): the article commands, the desk's resolutions with an article, their
 * queries, and the rebuilding of the knowledge index from the stored articles.
 */
public final class KnowledgeManagement {
    private final KnowledgeService articles;
    private final ArticleQueryService queries;
    private final ArticleIndexing indexing;

    private KnowledgeManagement(KnowledgePorts ports, CmdbSettings cmdb, ServiceDeskSettings settings,
                                Validator validator, ServiceDesk desk) {
        this.articles = new KnowledgeService(ports, cmdb.classes(), settings, validator, desk.tickets(), desk.desk());
        this.queries = new ArticleQueryService(ports, settings);
        this.indexing = new ArticleIndexing(ports.articles(), ports.index());
    }

    /** Knowledge management beside {@code desk}, which must run on {@code ports.desk()}. */
    public static KnowledgeManagement create(KnowledgePorts ports, CmdbSettings cmdb, ServiceDeskSettings settings,
                                             Validator validator, ServiceDesk desk) {
        return new KnowledgeManagement(ports, cmdb, settings, validator, desk);
    }

    public KnowledgeUseCase articles() {
        return articles;
    }

    public ArticleQueries queries() {
        return queries;
    }

    /**
     * Writes the articles of the knowledge index again from their stored published versions,
     * replacing the articles it held (the known errors are problem management's to rebuild:
     * {@code ProblemManagement.rebuildKnownErrorIndex()}); answers how many it indexed. Call both
     * at start-up when the index is new or lost, and after an upgrade of the index's analysis
     * (ADR 0015).
     *
     * @throws org.itilhis.ports.common.StorageException if the articles cannot be read or the index written
     */
    public int rebuildIndex() {
        return indexing.rebuild();
    }
}
