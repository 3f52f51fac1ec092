package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RedundancyRuleTest {

    @Test
    void aCountRuleIsDownAtItsCountWhateverTheNumberOfMembers() {
        RedundancyRule twoOfThree = RedundancyRule.downWhen(RelationshipType.PART_OF, 2);

        assertThat(twoOfThree.downThreshold(3)).isEqualTo(2);
        assertThat(twoOfThree.downThreshold(5)).isEqualTo(2);
        assertThat(twoOfThree.downThreshold(1)).as("the last member left").isEqualTo(1);
        assertThat(twoOfThree.downThreshold(0)).isEqualTo(1);
    }

    @Test
    void aPercentageRuleRoundsUpAndNeedsAtLeastOneMemberDown() {
        RedundancyRule half = RedundancyRule.downWhenPercent(RelationshipType.PART_OF, 50);

        assertThat(half.downThreshold(3)).isEqualTo(2);
        assertThat(half.downThreshold(4)).isEqualTo(2);
        assertThat(RedundancyRule.downWhenPercent(RelationshipType.PART_OF, 1).downThreshold(0)).isEqualTo(1);
    }

    @Test
    void aRuleIsEitherACountOrAPercentage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RedundancyRule(RelationshipType.RUNS_ON, 2, 50));
        assertThatIllegalArgumentException().isThrownBy(() -> new RedundancyRule(RelationshipType.RUNS_ON, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> RedundancyRule.downWhenPercent(RelationshipType.RUNS_ON, 101));
    }
}
