package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.routing.CategoryCode;

/**
 * How well a published known error matches what the desk knows of a call: each sign that
 * matches is a {@link MatchReason} worth fixed points, and the score is their sum. The points
 * make the order the desk wants, whatever else matches: the same configuration item ({@value
 * #SAME_CI}) before the same CI class ({@value #SAME_CI_CLASS}), before the same category
 * ({@value #SAME_CATEGORY}; a category within the other {@value #RELATED_CATEGORY}), before
 * text that resembles ({@value #SIMILAR_TEXT} at most, as the share of the best text match of
 * the same search, since a search engine's scores mean nothing across searches). Each weight
 * is more than all the weaker ones together, so a stronger sign is never outweighed; within one
 * kind of sign, text and then the uses of the workaround decide.
 */
public final class KnownErrorRanking {
    public static final double SAME_CI = 8;
    public static final double SAME_CI_CLASS = 4;
    public static final double SAME_CATEGORY = 2;
    public static final double RELATED_CATEGORY = 1;
    public static final double SIMILAR_TEXT = 1;

    /** Best first: the higher score, then the more used workaround, then the older known error. */
    public static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Comparator.comparingInt(Ranked::timesUsed).reversed())
            .thenComparingInt((Ranked ranked) -> ranked.number().year())
            .thenComparingLong(ranked -> ranked.number().sequence());

    private KnownErrorRanking() {
    }

    /**
     * What the desk knows of a call; every part may be missing.
     *
     * @param cis      the configuration items the call is about
     * @param ciClass  the class of item, as the CMDB codes it ({@code workstation}); empty when unknown
     * @param category the call's category
     */
    public record Clues(ImmutableSet<CiId> cis, Optional<String> ciClass, Optional<CategoryCode> category) {
        public Clues {
            checkNotNull(cis, "cis");
            checkNotNull(ciClass, "ciClass");
            checkNotNull(category, "category");
            ciClass = ciClass.map(String::strip).filter(code -> !code.isEmpty());
        }
    }

    /**
     * A published known error as the ranking sees it.
     *
     * @param ciClasses the classes of its affected items
     */
    public record Candidate(ProblemId id, ProblemNumber number, ImmutableSet<CiId> affectedCis,
                            ImmutableSet<String> ciClasses, CategoryCode category, int timesUsed) {
        public Candidate {
            checkNotNull(id, "id");
            checkNotNull(number, "number");
            checkNotNull(affectedCis, "affectedCis");
            checkNotNull(ciClasses, "ciClasses");
            checkNotNull(category, "category");
        }
    }

    /** A candidate that matched, with its score and the reasons that make it, strongest first. */
    public record Ranked(Candidate candidate, double score, ImmutableList<MatchReason> reasons) {
        public Ranked {
            checkNotNull(candidate, "candidate");
            checkNotNull(reasons, "reasons");
            checkArgument(!reasons.isEmpty(), "a match without a reason");
        }

        int timesUsed() {
            return candidate.timesUsed();
        }

        ProblemNumber number() {
            return candidate.number();
        }

        /** The reasons' lines, for people. */
        public ImmutableList<String> explanation() {
            return reasons.stream().map(MatchReason::explanation).collect(ImmutableList.toImmutableList());
        }
    }

    /**
     * The candidate's match with the clues and its text similarity, or empty when nothing matches.
     *
     * @param textShare the candidate's text score over the best text score of the same search, in
     *                  [0, 1]; 0 when its text did not match or no text was searched
     */
    public static Optional<Ranked> rank(Clues clues, Candidate candidate, double textShare) {
        checkNotNull(clues, "clues");
        checkNotNull(candidate, "candidate");
        checkArgument(textShare >= 0 && textShare <= 1, "text share %s is not within 0 and 1", textShare);
        ImmutableList.Builder<MatchReason> reasons = ImmutableList.builder();
        clues.cis().stream().filter(candidate.affectedCis()::contains).sorted(Comparator.comparing(CiId::toString))
                .findFirst().ifPresent(ci -> reasons.add(new MatchReason(MatchKind.SAME_CI, ci.toString(),
                        SAME_CI)));
        clues.ciClass().filter(candidate.ciClasses()::contains).ifPresent(ciClass ->
                reasons.add(new MatchReason(MatchKind.SAME_CI_CLASS, ciClass, SAME_CI_CLASS)));
        clues.category().ifPresent(category -> category(category, candidate.category()).ifPresent(reasons::add));
        if (textShare > 0) {
            double points = round(SIMILAR_TEXT * textShare);
            if (points > 0) {
                reasons.add(new MatchReason(MatchKind.SIMILAR_TEXT, format(textShare), points));
            }
        }
        ImmutableList<MatchReason> found = reasons.build();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        double score = round(found.stream().mapToDouble(MatchReason::points).sum());
        return Optional.of(new Ranked(candidate, score, found));
    }

    /**
     * The matches among {@code candidates}, best first, at most {@code limit}.
     *
     * @param textShares each text match's share of the best one ({@link #rank}); a candidate absent has none
     */
    public static ImmutableList<Ranked> rankAll(Clues clues, List<Candidate> candidates,
                                                Map<ProblemId, Double> textShares, int limit) {
        checkNotNull(textShares, "textShares");
        checkArgument(limit >= 0, "limit %s is negative", limit);
        return candidates.stream()
                .map(candidate -> rank(clues, candidate, textShares.getOrDefault(candidate.id(), 0.0)))
                .flatMap(Optional::stream)
                .sorted(BEST_FIRST)
                .limit(limit)
                .collect(ImmutableList.toImmutableList());
    }

    private static Optional<MatchReason> category(CategoryCode call, CategoryCode knownError) {
        if (call.equals(knownError)) {
            return Optional.of(new MatchReason(MatchKind.SAME_CATEGORY, call.value(), SAME_CATEGORY));
        }
        if (call.isWithin(knownError) || knownError.isWithin(call)) {
            return Optional.of(new MatchReason(MatchKind.RELATED_CATEGORY, knownError.value(),
                    RELATED_CATEGORY));
        }
        return Optional.empty();
    }

    /** Two decimals, so that scores compare and print the same everywhere. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static String format(double value) {
        return BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString();
    }
}
