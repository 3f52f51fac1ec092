package org.itilhis.core.knowledge;

import org.itilhis.core.shared.DomainException;

/** The article is retired: nothing may be linked to or unlinked from it any more. */
public final class ArticleRetiredException extends DomainException {
    public ArticleRetiredException(ArticleNumber article) {
        super("article.retired", article);
    }
}
