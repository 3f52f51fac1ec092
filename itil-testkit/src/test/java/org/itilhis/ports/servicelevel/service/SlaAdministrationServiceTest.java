package org.itilhis.ports.servicelevel.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

class SlaAdministrationServiceTest {
    private final SlaAdministration administration = new Hospital().desk.levels.administration();

    @Test
    void onlyTheDirectorAndTheSystemMayManageServiceLevels() {
        assertThatCode(() -> administration.checkMayManage(DemoHospital.DIRECTOR_GAO)).doesNotThrowAnyException();
        assertThatCode(() -> administration.checkMayManage(Actor.system())).doesNotThrowAnyException();
        for (Actor other : DemoHospital.EVERYONE) {
            if (!other.equals(DemoHospital.DIRECTOR_GAO) && !other.equals(Actor.system())) {
                assertThatThrownBy(() -> administration.checkMayManage(other)).as("%s", other.staffId())
                        .isInstanceOf(NotPermittedException.class);
            }
        }
    }
}
