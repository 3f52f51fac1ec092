package org.itilhis.core.knowledge;

/**
 * The states of one version of an article; see {@link ArticleWorkflows} for the arrows. An
 * article's own status is its published version's, else its version in progress's, else
 * {@link #RETIRED} ({@link Article#status()}).
 */
public enum ArticleStatus {
    /** Being written; its authors may edit it. */
    DRAFT,
    /** Submitted; a reviewer who is not one of its authors approves or rejects it. */
    IN_REVIEW,
    /** The version everyone in its audience reads; at most one per article. */
    PUBLISHED,
    /** Published once, replaced by a newer published version. Terminal; kept for the record. */
    SUPERSEDED,
    /** Withdrawn with its article. Terminal. */
    RETIRED;

    public boolean isTerminal() {
        return this == SUPERSEDED || this == RETIRED;
    }

    /** Whether the version is still being written or reviewed: a version in progress. */
    public boolean inProgress() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
