package org.itilhis.ports.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.junit.jupiter.api.Test;

class AuditTrailVerificationTest {
    private final AtomicInteger verifications = new AtomicInteger();
    private final AuditTrailCheck broken = AuditTrailCheck.broken(41, 0, 41,
            new AuditTrailCheck.BrokenLink(42, AuditTrailCheck.Fault.POSITION_MISSING));
    private final AuditTrailVerification verification = new AuditTrailVerification(() -> {
        verifications.incrementAndGet();
        return broken;
    }, AccessPolicy.hospitalDefault());

    @Test
    void theDirectorGetsTheCheckOfTheAuditTrail() {
        AuditTrailCheck check = verification.verify(DIRECTOR_GAO);

        assertThat(check).isEqualTo(broken);
        assertThat(check.holds()).isFalse();
        assertThat(verifications).hasValue(1);
    }

    @Test
    void nobodyElseVerifiesAndTheTrailIsNotReadForThem() {
        for (Actor actor : new Actor[] {NURSE_WANG, AGENT_CHEN, LEAD_WU, CONFIG_MANAGER_QIAN, Actor.system()}) {
            assertThatThrownBy(() -> verification.verify(actor)).as("%s", actor.staffId())
                    .isInstanceOfSatisfying(NotPermittedException.class,
                            refused -> assertThat(refused.permission()).isEqualTo(Permission.VERIFY_AUDIT_TRAIL));
        }
        assertThat(verifications).hasValue(0);
    }

    @Test
    void aCheckCountsNoMoreUnchainedEventsThanItChecked() {
        assertThat(AuditTrailCheck.holding(10, 3, 10).holds()).isTrue();
        assertThatThrownBy(() -> AuditTrailCheck.holding(2, 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unchainedEvents");
    }
}
