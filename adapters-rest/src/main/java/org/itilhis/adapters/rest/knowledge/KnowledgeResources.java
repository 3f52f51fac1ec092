package org.itilhis.adapters.rest.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;

/**
 * Knowledge management's registration in the API: its resource classes and ports. Above the
 * service desk, it serves the desk's resolutions with an article itself ({@code
 * /tickets/{id}/resolve-with-article}, {@code /contacts/{id}/resolve-with-article}), so the
 * desk's resources know nothing of articles.
 */
public final class KnowledgeResources {
    /** The resources of knowledge management: articles and the desk's resolutions with one. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ArticleResource.class,
            TicketArticleResource.class, ContactArticleResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = KnowledgeResources.class.getName() + ".ports";

    private KnowledgeResources() {
    }

    /** The inbound ports of knowledge management. */
    public record Ports(KnowledgeUseCase articles, ArticleQueries queries) {
        public Ports {
            checkNotNull(articles, "articles");
            checkNotNull(queries, "queries");
        }
    }

    /** Registers the resources and their ports. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
    }

    /** The ports the application was configured with. */
    static Ports of(Configuration configuration) {
        if (configuration.getProperty(PORTS) instanceof Ports found) {
            return found;
        }
        throw new IllegalStateException("the application has no property " + PORTS);
    }
}
