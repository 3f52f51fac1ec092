package org.itilhis.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.KnownErrorRanking.Candidate;
import org.itilhis.core.problem.KnownErrorRanking.Clues;
import org.itilhis.core.problem.KnownErrorRanking.Ranked;
import org.itilhis.core.routing.CategoryCode;
import org.junit.jupiter.api.Test;

class KnownErrorRankingTest {
    private static final CiId REGISTRATION_PC = new CiId(new UUID(1, 1));
    private static final CiId OTHER_PC = new CiId(new UUID(1, 2));
    private static final CiId PRINTER = new CiId(new UUID(1, 3));

    /** The expired HIS client certificate on the registration workstations. */
    private static final Candidate CERTIFICATE = candidate(1, Set.of(REGISTRATION_PC), "workstation",
            "his.outpatient", 3);
    /** Another workstation problem, of another category. */
    private static final Candidate SLOW_LOGIN = candidate(2, Set.of(OTHER_PC), "workstation", "desktop.login", 0);
    /** The wristband printer, used often. */
    private static final Candidate WRISTBAND = candidate(3, Set.of(PRINTER), "printer", "desktop.printer", 40);

    @Test
    void theSameItemComesBeforeTheSameClassBeforeTheSameCategoryBeforeText() {
        Clues clues = clues(Set.of(REGISTRATION_PC), "printer", "desktop.login");

        List<Ranked> ranked = KnownErrorRanking.rankAll(clues, List.of(WRISTBAND, SLOW_LOGIN, CERTIFICATE),
                Map.of(WRISTBAND.id(), 1.0, SLOW_LOGIN.id(), 0.5), 10);

        assertThat(ranked).extracting(r -> r.candidate().id())
                .containsExactly(CERTIFICATE.id(), WRISTBAND.id(), SLOW_LOGIN.id());
        assertThat(ranked).extracting(Ranked::score).containsExactly(8.0, 5.0, 2.5);
    }

    @Test
    void eachSignIsOneReasonWithItsPointsAndAnExplanationLine() {
        Ranked ranked = KnownErrorRanking.rank(clues(Set.of(REGISTRATION_PC), "workstation", "his.outpatient"),
                CERTIFICATE, 0.8).orElseThrow();

        assertThat(ranked.reasons()).extracting(MatchReason::kind).containsExactly(MatchKind.SAME_CI,
                MatchKind.SAME_CI_CLASS, MatchKind.SAME_CATEGORY, MatchKind.SIMILAR_TEXT);
        assertThat(ranked.score()).isEqualTo(8 + 4 + 2 + 0.8);
        assertThat(ranked.explanation()).containsExactly("SAME_CI " + REGISTRATION_PC + " +8",
                "SAME_CI_CLASS workstation +4", "SAME_CATEGORY his.outpatient +2", "SIMILAR_TEXT 0.8 +0.8");
    }

    @Test
    void aCategoryWithinTheOtherIsRelatedAndWorthLessThanTheSame() {
        Ranked parent = KnownErrorRanking.rank(clues(Set.of(), null, "his"), CERTIFICATE, 0).orElseThrow();
        Ranked child = KnownErrorRanking.rank(clues(Set.of(), null, "his.outpatient.login"), CERTIFICATE, 0)
                .orElseThrow();

        assertThat(parent.reasons()).containsExactly(new MatchReason(MatchKind.RELATED_CATEGORY, "his.outpatient",
                KnownErrorRanking.RELATED_CATEGORY));
        assertThat(child.score()).isEqualTo(KnownErrorRanking.RELATED_CATEGORY);
        assertThat(KnownErrorRanking.rank(clues(Set.of(), null, "hisx"), CERTIFICATE, 0)).isEmpty();
    }

    @Test
    void aStrongerSignIsNeverOutweighedByAllTheWeakerOnesTogether() {
        assertThat(KnownErrorRanking.SAME_CI).isGreaterThan(KnownErrorRanking.SAME_CI_CLASS
                + KnownErrorRanking.SAME_CATEGORY + KnownErrorRanking.SIMILAR_TEXT);
        assertThat(KnownErrorRanking.SAME_CI_CLASS).isGreaterThan(KnownErrorRanking.SAME_CATEGORY
                + KnownErrorRanking.SIMILAR_TEXT);
        assertThat(KnownErrorRanking.SAME_CATEGORY).isGreaterThan(KnownErrorRanking.SIMILAR_TEXT);
        assertThat(KnownErrorRanking.RELATED_CATEGORY).isLessThan(KnownErrorRanking.SAME_CATEGORY);
    }

    @Test
    void nothingInCommonIsNoMatchAndTiesGoToTheMoreUsedWorkaround() {
        assertThat(KnownErrorRanking.rank(clues(Set.of(), null, null), CERTIFICATE, 0)).isEmpty();

        List<Ranked> ranked = KnownErrorRanking.rankAll(clues(Set.of(), "workstation", null),
                List.of(SLOW_LOGIN, CERTIFICATE), Map.of(), 10);

        assertThat(ranked).extracting(r -> r.candidate().id()).containsExactly(CERTIFICATE.id(), SLOW_LOGIN.id());
    }

    @Test
    void theLimitKeepsTheBestAndATextShareOutsideZeroToOneIsACallersBug() {
        List<Ranked> ranked = KnownErrorRanking.rankAll(clues(Set.of(PRINTER), "workstation", null),
                List.of(SLOW_LOGIN, CERTIFICATE, WRISTBAND), Map.of(), 1);

        assertThat(ranked).extracting(r -> r.candidate().id()).containsExactly(WRISTBAND.id());
        assertThatThrownBy(() -> KnownErrorRanking.rank(clues(Set.of(), null, null), CERTIFICATE, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Clues clues(Set<CiId> cis, String ciClass, String category) {
        return new Clues(ImmutableSet.copyOf(cis), Optional.ofNullable(ciClass),
                Optional.ofNullable(category).map(CategoryCode::of));
    }

    private static Candidate candidate(long n, Set<CiId> cis, String ciClass, String category, int used) {
        return new Candidate(new ProblemId(new UUID(2, n)), ProblemNumber.of(2026, n), ImmutableSet.copyOf(cis),
                ImmutableSet.of(ciClass), CategoryCode.of(category), used);
    }
}
