package org.itilhis.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityOverrideTest {
    private static final StaffId LEAD = StaffId.of("N-0412");
    private static final Instant AT = Instant.parse("2025-03-14T08:15:00Z");

    @Test
    void anOverrideRecordsPriorityReasonPersonAndTime() {
        PriorityOverride override = new PriorityOverride(Priority.P2, "discharge letters cannot be printed", LEAD, AT);

        assertThat(override.priority()).isEqualTo(Priority.P2);
        assertThat(override.reason()).isEqualTo("discharge letters cannot be printed");
        assertThat(override.by()).isEqualTo(LEAD);
        assertThat(override.at()).isEqualTo(AT);
    }

    @Test
    void theReasonIsStripped() {
        assertThat(new PriorityOverride(Priority.P1, "  ICU monitors offline \n", LEAD, AT).reason())
                .isEqualTo("ICU monitors offline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aBlankReasonIsRejected(String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PriorityOverride(Priority.P1, reason, LEAD, AT))
                .withMessage("the reason for overriding to P1 is blank");
    }

    @Test
    void aReasonOfFiveHundredCharactersIsAccepted() {
        assertThat(new PriorityOverride(Priority.P3, "x".repeat(500), LEAD, AT).reason()).hasSize(500);
    }

    @Test
    void aReasonLongerThanFiveHundredCharactersIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PriorityOverride(Priority.P3, "x".repeat(501), LEAD, AT))
                .withMessage("the reason for overriding to P3 is longer than 500 characters");
    }

    @Test
    void surroundingBlanksDoNotCountTowardTheLimit() {
        assertThat(new PriorityOverride(Priority.P3, " " + "x".repeat(500) + " ", LEAD, AT).reason()).hasSize(500);
    }

    @Test
    void missingPartsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> new PriorityOverride(null, "reason", LEAD, AT));
        assertThatNullPointerException().isThrownBy(() -> new PriorityOverride(Priority.P1, null, LEAD, AT));
        assertThatNullPointerException().isThrownBy(() -> new PriorityOverride(Priority.P1, "reason", null, AT));
        assertThatNullPointerException().isThrownBy(() -> new PriorityOverride(Priority.P1, "reason", LEAD, null));
    }

    @Test
    void overridesWithTheSameValuesAreEqual() {
        assertThat(new PriorityOverride(Priority.P2, "reason ", LEAD, AT))
                .isEqualTo(new PriorityOverride(Priority.P2, "reason", LEAD, AT));
    }
}
