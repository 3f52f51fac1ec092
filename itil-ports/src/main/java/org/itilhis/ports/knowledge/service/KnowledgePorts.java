package org.itilhis.ports.knowledge.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.knowledge.out.ArticleNumberSequence;
import org.itilhis.ports.knowledge.out.ArticleRepository;
import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.itilhis.ports.problem.service.ProblemPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of knowledge management: problem management's (and through them the CMDB's
 * and the desk's) and three of its own: the articles, their numbers and the knowledge index.
 */
public record KnowledgePorts(ProblemPorts problem, ArticleRepository articles, ArticleNumberSequence numbers,
                             KnowledgeIndex index) {
    public KnowledgePorts {
        checkNotNull(problem, "problem");
        checkNotNull(articles, "articles");
        checkNotNull(numbers, "numbers");
        checkNotNull(index, "index");
    }

    public CmdbPorts cmdb() {
        return problem.cmdb();
    }

    public ServiceDeskPorts desk() {
        return problem.desk();
    }
}
