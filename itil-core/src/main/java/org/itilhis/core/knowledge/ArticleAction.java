package org.itilhis.core.knowledge;

/** The workflow actions on an article's versions: each is one step of knowledge management. */
public enum ArticleAction {
    /** Change the content of a draft. */
    EDIT,
    /** Hand a draft to review. */
    SUBMIT,
    /** A reviewer who is not one of the version's authors approves it. */
    APPROVE,
    /** A reviewer who is not one of the version's authors sends it back to draft, saying why. */
    REJECT,
    /** Publish an approved version; the one published before is superseded. */
    PUBLISH,
    /** Start a new version from the published one, which stays readable meanwhile. */
    NEW_VERSION,
    /** The published version helped solve a call or a ticket: one use. */
    USE,
    /** A newer version was published (a consequence of {@link #PUBLISH}, never a command). */
    SUPERSEDE,
    /** Withdraw the article: its published version and any version in progress. */
    RETIRE
}
