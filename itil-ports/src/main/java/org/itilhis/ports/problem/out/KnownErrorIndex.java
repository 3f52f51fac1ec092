package org.itilhis.ports.problem.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import org.itilhis.core.problem.ProblemId;

/**
 * A full-text index of the published known errors, for finding those whose words resemble a
 * call's. Problem management feeds it after each commit (a known error published, its
 * workaround or affected items changed, a use counted: {@link #publish}; resolved, closed or
 * cancelled: {@link #withdraw}) and {@linkplain #rebuild rebuilds} it from the stored problems
 * at start-up. The index is derived data and takes part in no transaction; what it misses a
 * rebuild repairs.
 *
 * <p>Declared here and implemented above, by knowledge management over its own index (the
 * lower practice declares the port, the higher one implements it: docs/practices.md), so that
 * the desk's articles and known errors are searched by one engine. Problem management runs
 * without one ({@link #NONE}): its suggestions then match on items and categories only.
 */
public interface KnownErrorIndex {

    /** Adds the known error, or replaces it. */
    void publish(KnownErrorEntry knownError);

    /** Removes the known error of this id; nothing happens when it is not indexed. */
    void withdraw(ProblemId id);

    /**
     * Replaces every known error in the index by these (the stored ones, after a loss or at
     * start-up). An index shared with other documents keeps them.
     */
    void rebuild(Stream<KnownErrorEntry> knownErrors);

    /**
     * The known errors whose text resembles {@code text}, best first, at most {@code limit};
     * none for a text with nothing to search for. Scores order the matches of one search and
     * mean nothing across searches.
     */
    ImmutableList<TextMatch> similar(String text, int limit);

    /** One known error found by its words, with the index's score, positive. */
    record TextMatch(ProblemId id, double score) {
        public TextMatch {
            checkNotNull(id, "id");
            checkArgument(score > 0, "score %s is not positive", score);
        }
    }

    /** No search engine: nothing is indexed and no text matches. */
    KnownErrorIndex NONE = new KnownErrorIndex() {
        @Override
        public void publish(KnownErrorEntry knownError) {
            checkNotNull(knownError, "knownError");
        }

        @Override
        public void withdraw(ProblemId id) {
            checkNotNull(id, "id");
        }

        @Override
        public void rebuild(Stream<KnownErrorEntry> knownErrors) {
            checkNotNull(knownErrors, "knownErrors");
        }

        @Override
        public ImmutableList<TextMatch> similar(String text, int limit) {
            checkNotNull(text, "text");
            return ImmutableList.of();
        }

        @Override
        public String toString() {
            return "no known error index";
        }
    };
}
