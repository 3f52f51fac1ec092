package org.itilhis.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.itilhis.core.priority.Impact.ONE_DEPARTMENT;
import static org.itilhis.core.priority.Impact.ONE_PERSON;
import static org.itilhis.core.priority.Impact.SEVERAL_DEPARTMENTS;
import static org.itilhis.core.priority.Impact.WHOLE_HOSPITAL;
import static org.itilhis.core.priority.Priority.P1;
import static org.itilhis.core.priority.Priority.P2;
import static org.itilhis.core.priority.Priority.P3;
import static org.itilhis.core.priority.Priority.P4;
import static org.itilhis.core.priority.Priority.P5;
import static org.itilhis.core.priority.Urgency.DEGRADED;
import static org.itilhis.core.priority.Urgency.NO_CLINICAL_EFFECT;
import static org.itilhis.core.priority.Urgency.PATIENT_CARE_STOPPED;
import static org.itilhis.core.priority.Urgency.SEVERELY_DEGRADED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityMatrixTest {
    private static final List<Impact> THREE_IMPACTS = List.of(Impact.of("HIGH"), Impact.of("MEDIUM"), Impact.of("LOW"));
    private static final List<Urgency> THREE_URGENCIES =
            List.of(Urgency.of("HIGH"), Urgency.of("MEDIUM"), Urgency.of("LOW"));

    private final PriorityMatrix defaults = PriorityMatrix.hospitalDefault();

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({
            "WHOLE_HOSPITAL, PATIENT_CARE_STOPPED, P1", "WHOLE_HOSPITAL, SEVERELY_DEGRADED, P1",
            "WHOLE_HOSPITAL, DEGRADED, P2", "WHOLE_HOSPITAL, NO_CLINICAL_EFFECT, P3",
            "SEVERAL_DEPARTMENTS, PATIENT_CARE_STOPPED, P1", "SEVERAL_DEPARTMENTS, SEVERELY_DEGRADED, P2",
            "SEVERAL_DEPARTMENTS, DEGRADED, P3", "SEVERAL_DEPARTMENTS, NO_CLINICAL_EFFECT, P4",
            "ONE_DEPARTMENT, PATIENT_CARE_STOPPED, P2", "ONE_DEPARTMENT, SEVERELY_DEGRADED, P3",
            "ONE_DEPARTMENT, DEGRADED, P3", "ONE_DEPARTMENT, NO_CLINICAL_EFFECT, P4",
            "ONE_PERSON, PATIENT_CARE_STOPPED, P3", "ONE_PERSON, SEVERELY_DEGRADED, P4",
            "ONE_PERSON, DEGRADED, P4", "ONE_PERSON, NO_CLINICAL_EFFECT, P5"})
    void theHospitalDefaultGivesTheDocumentedPriorities(String impact, String urgency, String priority) {
        assertThat(defaults.priorityOf(Impact.of(impact), Urgency.of(urgency))).isEqualTo(Priority.parse(priority));
    }

    @Test
    void theHospitalDefaultHasTheDefaultLevelsInOrder() {
        assertThat(defaults.impacts()).containsExactly(WHOLE_HOSPITAL, SEVERAL_DEPARTMENTS, ONE_DEPARTMENT, ONE_PERSON);
        assertThat(defaults.urgencies())
                .containsExactly(PATIENT_CARE_STOPPED, SEVERELY_DEGRADED, DEGRADED, NO_CLINICAL_EFFECT);
    }

    @Test
    void aThreeByThreeMatrixBuilds() {
        PriorityMatrix matrix = PriorityMatrix.builder(THREE_IMPACTS, THREE_URGENCIES)
                .row(Impact.of("HIGH"), P1, P2, P3)
                .row(Impact.of("MEDIUM"), P2, P3, P4)
                .row(Impact.of("LOW"), P3, P4, P5)
                .build();

        assertThat(matrix.priorityOf(Impact.of("MEDIUM"), Urgency.of("LOW"))).isEqualTo(P4);
    }

    @Test
    void aFiveByFiveMatrixBuildsCellByCell() {
        List<Impact> impacts = List.of(Impact.of("I1"), Impact.of("I2"), Impact.of("I3"), Impact.of("I4"), Impact.of("I5"));
        List<Urgency> urgencies =
                List.of(Urgency.of("U1"), Urgency.of("U2"), Urgency.of("U3"), Urgency.of("U4"), Urgency.of("U5"));
        PriorityMatrix.Builder builder = PriorityMatrix.builder(impacts, urgencies);
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                builder.set(impacts.get(row), urgencies.get(column), Priority.ofRank(Math.max(row, column) + 1));
            }
        }

        PriorityMatrix matrix = builder.build();

        assertThat(matrix.priorityOf(Impact.of("I2"), Urgency.of("U4"))).isEqualTo(P4);
        assertThat(matrix.priorityOf(Impact.of("I5"), Urgency.of("U1"))).isEqualTo(P5);
    }

    @Test
    void aMatrixWithAnEmptyCellIsRejectedNamingTheCell() {
        PriorityMatrix.Builder incomplete = PriorityMatrix.builder(THREE_IMPACTS, THREE_URGENCIES)
                .row(Impact.of("HIGH"), P1, P2, P3)
                .row(Impact.of("MEDIUM"), P2, P3, P4)
                .set(Impact.of("LOW"), Urgency.of("HIGH"), P3)
                .set(Impact.of("LOW"), Urgency.of("MEDIUM"), P4);

        assertThatIllegalArgumentException().isThrownBy(incomplete::build)
                .withMessageContaining("cell (LOW, LOW) has no priority");
    }

    @Test
    void everyEmptyCellIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityMatrix.builder(THREE_IMPACTS, THREE_URGENCIES).build())
                .withMessageContaining("(HIGH, HIGH)")
                .withMessageContaining("(MEDIUM, LOW)")
                .withMessageContaining("(LOW, LOW)");
    }

    @Test
    void aMatrixThatLowersPriorityWhenUrgencyRisesIsRejected() {
        PriorityMatrix.Builder builder = threeByThree().set(Impact.of("MEDIUM"), Urgency.of("LOW"), P1);

        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessageContaining("cell (MEDIUM, LOW) is P1, higher than P3 at the more urgent cell (MEDIUM, MEDIUM)")
                .withMessageContaining("raising urgency must never lower priority");
    }

    @Test
    void aMatrixThatLowersPriorityWhenImpactWidensIsRejected() {
        PriorityMatrix.Builder builder = threeByThree().set(Impact.of("LOW"), Urgency.of("HIGH"), P1);

        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessageContaining("cell (LOW, HIGH) is P1, higher than P2 at the wider cell (MEDIUM, HIGH)")
                .withMessageContaining("raising impact must never lower priority");
    }

    @Test
    void equalNeighboursAreMonotone() {
        PriorityMatrix flat = threeByThree()
                .row(Impact.of("HIGH"), P3, P3, P3)
                .row(Impact.of("MEDIUM"), P3, P3, P3)
                .row(Impact.of("LOW"), P3, P3, P3)
                .build();

        assertThat(flat.priorityOf(Impact.of("LOW"), Urgency.of("HIGH"))).isEqualTo(P3);
    }

    @Test
    void anImpactListedTwiceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityMatrix.builder(List.of(ONE_PERSON, WHOLE_HOSPITAL, ONE_PERSON), THREE_URGENCIES))
                .withMessageContaining("impact ONE_PERSON is listed twice");
    }

    @Test
    void anUrgencyListedTwiceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityMatrix.builder(THREE_IMPACTS, List.of(DEGRADED, Urgency.of(" degraded"))))
                .withMessageContaining("urgency DEGRADED is listed twice");
    }

    @Test
    void anEmptyImpactAxisIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityMatrix.builder(List.of(), THREE_URGENCIES))
                .withMessageContaining("at least one impact");
    }

    @Test
    void anEmptyUrgencyAxisIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityMatrix.builder(THREE_IMPACTS, List.of()))
                .withMessageContaining("at least one urgency");
    }

    @Test
    void aRowOfTheWrongLengthIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> threeByThree().row(Impact.of("LOW"), P4, P5))
                .withMessageContaining("row LOW has 2 priorities but the matrix has 3 urgencies");
    }

    @Test
    void settingACellOfAnUnknownLevelIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> threeByThree().set(ONE_PERSON, Urgency.of("LOW"), P5))
                .withMessageContaining("unknown impact ONE_PERSON; this matrix knows HIGH, MEDIUM, LOW");
    }

    @Test
    void lookingUpAnUnknownImpactNamesItAndTheKnownOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.priorityOf(Impact.of("CAMPUS"), DEGRADED))
                .withMessage("unknown impact CAMPUS; this matrix knows "
                        + "WHOLE_HOSPITAL, SEVERAL_DEPARTMENTS, ONE_DEPARTMENT, ONE_PERSON");
    }

    @Test
    void lookingUpAnUnknownUrgencyNamesItAndTheKnownOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.priorityOf(WHOLE_HOSPITAL, Urgency.of("LOW")))
                .withMessage("unknown urgency LOW; this matrix knows "
                        + "PATIENT_CARE_STOPPED, SEVERELY_DEGRADED, DEGRADED, NO_CLINICAL_EFFECT");
    }

    @Test
    void theMatrixKnowsOnlyItsOwnLevels() {
        assertThat(defaults.knows(ONE_PERSON)).isTrue();
        assertThat(defaults.knows(Impact.of("CAMPUS"))).isFalse();
        assertThat(defaults.knows(DEGRADED)).isTrue();
        assertThat(defaults.knows(Urgency.of("LOW"))).isFalse();
    }

    @Test
    void aBuiltMatrixDoesNotChangeWhenItsBuilderIsReused() {
        PriorityMatrix.Builder builder = threeByThree();
        PriorityMatrix first = builder.build();

        builder.set(Impact.of("LOW"), Urgency.of("LOW"), P4);

        assertThat(first.priorityOf(Impact.of("LOW"), Urgency.of("LOW"))).isEqualTo(P5);
        assertThat(builder.build().priorityOf(Impact.of("LOW"), Urgency.of("LOW"))).isEqualTo(P4);
    }

    @Test
    void matricesWithTheSameLevelsAndCellsAreEqual() {
        PriorityMatrix one = threeByThree().build();
        PriorityMatrix same = threeByThree().build();
        PriorityMatrix other = threeByThree().set(Impact.of("LOW"), Urgency.of("LOW"), P4).build();

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }

    @Test
    void theRenderedTableShowsEveryLevelAndCell() {
        String table = defaults.render();

        assertThat(table.lines().toList()).containsExactly(
                "impact \\ urgency    | PATIENT_CARE_STOPPED | SEVERELY_DEGRADED | DEGRADED | NO_CLINICAL_EFFECT",
                "--------------------+----------------------+-------------------+----------+-------------------",
                "WHOLE_HOSPITAL      | P1                   | P1                | P2       | P3",
                "SEVERAL_DEPARTMENTS | P1                   | P2                | P3       | P4",
                "ONE_DEPARTMENT      | P2                   | P3                | P3       | P4",
                "ONE_PERSON          | P3                   | P4                | P4       | P5");
    }

    @Test
    void theRenderedTableOfACustomMatrixContainsItsLevels() {
        assertThat(threeByThree().build().render()).contains("HIGH", "MEDIUM", "LOW", "P1", "P5");
    }

    private static PriorityMatrix.Builder threeByThree() {
        return PriorityMatrix.builder(THREE_IMPACTS, THREE_URGENCIES)
                .row(Impact.of("HIGH"), P1, P2, P3)
                .row(Impact.of("MEDIUM"), P2, P3, P4)
                .row(Impact.of("LOW"), P3, P4, P5);
    }
}
