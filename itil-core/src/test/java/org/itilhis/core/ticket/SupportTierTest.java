package org.itilhis.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupportTierTest {

    @Test
    void functionalEscalationGoesFromFirstLineToSecondLineToTheVendor() {
        assertThat(SupportTier.FIRST_LINE.next()).contains(SupportTier.SECOND_LINE);
        assertThat(SupportTier.SECOND_LINE.next()).contains(SupportTier.VENDOR);
    }

    @Test
    void theVendorIsTheLastTier() {
        assertThat(SupportTier.VENDOR.next()).isEmpty();
    }

    @Test
    void everyTierReachesTheVendorInAtMostTwoSteps() {
        for (SupportTier tier : SupportTier.values()) {
            SupportTier reached = tier;
            int steps = 0;
            while (reached.next().isPresent()) {
                reached = reached.next().orElseThrow();
                steps++;
            }
            assertThat(reached).isEqualTo(SupportTier.VENDOR);
            assertThat(steps).isLessThanOrEqualTo(2);
        }
    }
}
