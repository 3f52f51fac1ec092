package org.itilhis.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.itilhis.core.priority.Impact.ONE_DEPARTMENT;
import static org.itilhis.core.priority.Impact.ONE_PERSON;
import static org.itilhis.core.priority.Impact.WHOLE_HOSPITAL;
import static org.itilhis.core.priority.Priority.P1;
import static org.itilhis.core.priority.Priority.P2;
import static org.itilhis.core.priority.Priority.P3;
import static org.itilhis.core.priority.Priority.P5;
import static org.itilhis.core.priority.ServiceCriticality.CLINICAL_CRITICAL;
import static org.itilhis.core.priority.ServiceCriticality.GENERAL;
import static org.itilhis.core.priority.ServiceCriticality.IMPORTANT;
import static org.itilhis.core.priority.Urgency.DEGRADED;
import static org.itilhis.core.priority.Urgency.NO_CLINICAL_EFFECT;
import static org.itilhis.core.priority.Urgency.SEVERELY_DEGRADED;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorityPolicyTest {
    private final PriorityPolicy defaults = PriorityPolicy.hospitalDefault();

    @Test
    void aGeneralServiceGetsTheMatrixPriority() {
        PriorityAssessment assessment = defaults.assess(new PriorityFactors(WHOLE_HOSPITAL, DEGRADED, GENERAL, false));

        assertThat(assessment.matrixPriority()).isEqualTo(P2);
        assertThat(assessment.priority()).isEqualTo(P2);
        assertThat(assessment.explanation()).containsExactly(
                "matrix WHOLE_HOSPITAL x DEGRADED -> P2",
                "service criticality GENERAL does not raise -> P2");
    }

    @Test
    void aClinicallyCriticalServiceIsRaisedOneStepByDefault() {
        PriorityAssessment assessment =
                defaults.assess(new PriorityFactors(WHOLE_HOSPITAL, DEGRADED, CLINICAL_CRITICAL, false));

        assertThat(assessment.matrixPriority()).isEqualTo(P2);
        assertThat(assessment.priority()).isEqualTo(P1);
        assertThat(assessment.explanation()).containsExactly(
                "matrix WHOLE_HOSPITAL x DEGRADED -> P2",
                "service criticality CLINICAL_CRITICAL raises by 1 -> P1");
    }

    @Test
    void anImportantServiceIsNotRaisedByDefault() {
        assertThat(defaults.assess(new PriorityFactors(ONE_DEPARTMENT, DEGRADED, IMPORTANT, false)).priority())
                .isEqualTo(P3);
    }

    @Test
    void theUpliftStopsAtP1AndSaysSo() {
        PriorityPolicy policy = PriorityPolicy.of(PriorityMatrix.hospitalDefault(), uplifts(3, 1, 0));

        PriorityAssessment assessment =
                policy.assess(new PriorityFactors(ONE_DEPARTMENT, SEVERELY_DEGRADED, CLINICAL_CRITICAL, false));

        assertThat(assessment.priority()).isEqualTo(P1);
        assertThat(assessment.explanation())
                .contains("service criticality CLINICAL_CRITICAL raises by 3 -> P1 (capped at P1)");
    }

    @Test
    void aConfiguredUpliftRaisesByThatManySteps() {
        PriorityPolicy policy = PriorityPolicy.of(PriorityMatrix.hospitalDefault(), uplifts(3, 2, 1));

        assertThat(policy.assess(new PriorityFactors(ONE_PERSON, NO_CLINICAL_EFFECT, IMPORTANT, false)).priority())
                .isEqualTo(P3);
        assertThat(policy.assess(new PriorityFactors(ONE_PERSON, NO_CLINICAL_EFFECT, GENERAL, false)).priority())
                .isEqualTo(Priority.P4);
    }

    @Test
    void aMajorIncidentIsForcedToP1() {
        PriorityAssessment assessment = defaults.assess(new PriorityFactors(ONE_PERSON, NO_CLINICAL_EFFECT, GENERAL, true));

        assertThat(assessment.matrixPriority()).isEqualTo(P5);
        assertThat(assessment.priority()).isEqualTo(P1);
        assertThat(assessment.explanation()).containsExactly(
                "matrix ONE_PERSON x NO_CLINICAL_EFFECT -> P5",
                "service criticality GENERAL does not raise -> P5",
                "major incident / patient safety forces P1");
    }

    @Test
    void assessingAnImpactTheMatrixDoesNotKnowIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.assess(new PriorityFactors(Impact.of("CAMPUS"), DEGRADED, GENERAL, true)))
                .withMessageContaining("unknown impact CAMPUS");
    }

    @Test
    void assessingAnUrgencyTheMatrixDoesNotKnowIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.assess(new PriorityFactors(ONE_PERSON, Urgency.of("LOW"), GENERAL, false)))
                .withMessageContaining("unknown urgency LOW");
    }

    @Test
    void theDefaultPolicyUsesTheDefaultMatrixAndRaisesOnlyClinicallyCriticalServices() {
        assertThat(defaults.matrix()).isEqualTo(PriorityMatrix.hospitalDefault());
        assertThat(defaults.criticalityUplift()).containsExactly(
                Map.entry(CLINICAL_CRITICAL, 1), Map.entry(IMPORTANT, 0), Map.entry(GENERAL, 0));
    }

    @Test
    void aPolicyWithoutAnUpliftForEveryCriticalityIsRejected() {
        Map<ServiceCriticality, Integer> incomplete = Map.of(CLINICAL_CRITICAL, 1, IMPORTANT, 0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityPolicy.of(PriorityMatrix.hospitalDefault(), incomplete))
                .withMessage("no uplift configured for service criticality GENERAL");
    }

    @Test
    void aNegativeUpliftIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityPolicy.of(PriorityMatrix.hospitalDefault(), uplifts(1, 0, -1)))
                .withMessage("uplift for service criticality GENERAL is negative: -1");
    }

    @Test
    void aMoreCriticalServiceRaisedLessThanALessCriticalOneIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriorityPolicy.of(PriorityMatrix.hospitalDefault(), uplifts(0, 1, 0)))
                .withMessage("service criticality CLINICAL_CRITICAL is raised by 0, less than the less critical IMPORTANT (1)");
    }

    @Test
    void theUpliftsAreCopiedSoLaterChangesToTheCallersMapDoNotLeakIn() {
        Map<ServiceCriticality, Integer> mutable = new HashMap<>(uplifts(2, 1, 0));
        PriorityPolicy policy = PriorityPolicy.of(PriorityMatrix.hospitalDefault(), mutable);

        mutable.put(GENERAL, 5);

        assertThat(policy.criticalityUplift()).containsEntry(GENERAL, 0);
    }

    @Test
    void theDescriptionShowsTheMatrixEveryUpliftAndTheMajorIncidentRule() {
        String description = defaults.describe();

        assertThat(description.lines().toList())
                .contains("   WHOLE_HOSPITAL      | P1                   | P1                | P2       | P3")
                .contains("   CLINICAL_CRITICAL: +1", "   IMPORTANT: +0", "   GENERAL: +0")
                .contains("3. A major incident or patient-safety event is always P1.");
        assertThat(description).contains(defaults.matrix().impacts().stream().map(Impact::code).toList())
                .contains(defaults.matrix().urgencies().stream().map(Urgency::code).toList());
    }

    @Test
    void policiesWithTheSameMatrixAndUpliftsAreEqual() {
        PriorityPolicy same = PriorityPolicy.of(PriorityMatrix.hospitalDefault(), uplifts(1, 0, 0));
        PriorityPolicy other = PriorityPolicy.of(PriorityMatrix.hospitalDefault(), uplifts(1, 1, 0));

        assertThat(defaults).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }

    @Test
    void anAssessmentThatLowersTheMatrixPriorityCannotBeMade() {
        PriorityFactors factors = new PriorityFactors(ONE_PERSON, DEGRADED, GENERAL, false);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PriorityAssessment(factors, P2, P3, ImmutableList.of("x")))
                .withMessageContaining("lower than the matrix priority");
    }

    @Test
    void aMajorIncidentAssessmentBelowP1CannotBeMade() {
        PriorityFactors factors = new PriorityFactors(ONE_PERSON, DEGRADED, GENERAL, true);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PriorityAssessment(factors, P2, P2, ImmutableList.of("x")))
                .withMessageContaining("major incident must be P1");
    }

    private static Map<ServiceCriticality, Integer> uplifts(int clinicalCritical, int important, int general) {
        return Map.of(CLINICAL_CRITICAL, clinicalCritical, IMPORTANT, important, GENERAL, general);
    }
}
