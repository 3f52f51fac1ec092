package org.itilhis.core.problem;

/** What can make a known error match a call, from the strongest sign to the weakest ({@link KnownErrorRanking}). */
public enum MatchKind {
    /** The call is about a configuration item the known error affects. */
    SAME_CI,
    /** The call is about an item of a class of the known error's affected items. */
    SAME_CI_CLASS,
    /** The call's category is the known error's. */
    SAME_CATEGORY,
    /** One category lies within the other ({@code his} and {@code his.outpatient}). */
    RELATED_CATEGORY,
    /** The words of the call resemble the known error's title, description or workaround. */
    SIMILAR_TEXT
}
