package org.itilhis.core.knowledge;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;

/** The reviewer drafted or edited the version in review: another reviewer must approve or reject it. */
public final class ReviewerIsAuthorException extends DomainException {
    private final StaffId reviewer;

    public ReviewerIsAuthorException(ArticleNumber article, int version, StaffId reviewer) {
        super("article.reviewer-is-author", article, version, reviewer);
        this.reviewer = reviewer;
    }

    public StaffId reviewer() {
        return reviewer;
    }
}
