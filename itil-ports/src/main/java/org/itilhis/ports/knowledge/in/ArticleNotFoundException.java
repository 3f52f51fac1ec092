package org.itilhis.ports.knowledge.in;

import org.itilhis.core.shared.DomainException;

/** No such article, or none the actor may read (the two are not told apart, on purpose). */
public final class ArticleNotFoundException extends DomainException {
    public ArticleNotFoundException(Object reference) {
        super("article.not-found", reference);
    }
}
