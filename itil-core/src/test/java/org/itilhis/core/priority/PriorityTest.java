package org.itilhis.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityTest {

    @Test
    void ranksRunFromOneForP1ToFiveForP5() {
        assertThat(Priority.values()).extracting(Priority::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void p1IsHigherThanP2AndNotTheOtherWayRound() {
        assertThat(Priority.P1.isHigherThan(Priority.P2)).isTrue();
        assertThat(Priority.P2.isHigherThan(Priority.P1)).isFalse();
    }

    @Test
    void noPriorityIsHigherThanItself() {
        assertThat(Priority.P3.isHigherThan(Priority.P3)).isFalse();
    }

    @Test
    void raisingMovesTowardP1() {
        assertThat(Priority.P4.raisedBy(1)).isEqualTo(Priority.P3);
        assertThat(Priority.P4.raisedBy(3)).isEqualTo(Priority.P1);
    }

    @Test
    void raisingByZeroKeepsThePriority() {
        assertThat(Priority.P3.raisedBy(0)).isEqualTo(Priority.P3);
    }

    @Test
    void raisingStopsAtP1() {
        assertThat(Priority.P2.raisedBy(4)).isEqualTo(Priority.P1);
        assertThat(Priority.P5.raisedBy(Integer.MAX_VALUE)).isEqualTo(Priority.P1);
    }

    @Test
    void raisingByANegativeNumberOfStepsIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Priority.P3.raisedBy(-1))
                .withMessageContaining("-1");
    }

    @Test
    void theHighestPriorityIsP1() {
        assertThat(Priority.highest()).isEqualTo(Priority.P1);
    }

    @Test
    void aPriorityIsFoundByItsRank() {
        assertThat(Priority.ofRank(4)).isEqualTo(Priority.P4);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void aRankOutsideOneToFiveIsRejected(int rank) {
        assertThatIllegalArgumentException().isThrownBy(() -> Priority.ofRank(rank));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2", "p2", "2", " P2 "})
    void parsingAcceptsTheNameOrTheRank(String text) {
        assertThat(Priority.parse(text)).isEqualTo(Priority.P2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "P0", "P6", "6", "PP2", "P12", "high", "P 2"})
    void parsingAnythingElseIsRejectedWithTheText(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Priority.parse(text))
                .withMessageContaining("'" + text + "'");
    }
}
