package org.itilhis.examples;

import com.google.common.collect.ImmutableMap;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;
import org.itilhis.testkit.DemoHospital;

/**
 * The people of the story by name. The demo directory names the callers; the IT staff
 * it knows only by staff number, so the story gives them names of its own.
 */
final class Cast {
    private static final ImmutableMap<StaffId, String> IT_STAFF = ImmutableMap.<StaffId, String>builder()
            .put(id(DemoHospital.AGENT_CHEN), "Chen (service desk agent)")
            .put(id(DemoHospital.ENGINEER_LIU), "Liu (desktop engineer)")
            .put(id(DemoHospital.ENGINEER_ZHOU), "Zhou (desktop engineer)")
            .put(id(DemoHospital.LEAD_SUN), "Sun (desktop support lead)")
            .put(id(DemoHospital.SPECIALIST_HUANG), "Huang (HIS specialist)")
            .put(id(DemoHospital.LEAD_WU), "Wu (HIS support lead)")
            .put(id(DemoHospital.NETWORK_MA), "Ma (network lead)")
            .put(id(DemoHospital.VENDOR_ENGINEER), "the HIS vendor's engineer")
            .put(id(DemoHospital.DIRECTOR_GAO), "Gao (IT director)")
            .put(id(DemoHospital.PRIVACY_OFFICER_HE), "He (privacy officer)")
            .put(id(DemoHospital.PROBLEM_MANAGER_ZHAO), "Zhao Min (problem manager)")
            .buildOrThrow();

    private final StaffDirectory directory;

    Cast(StaffDirectory directory) {
        this.directory = directory;
    }

    /** A readable name: the story's own for IT staff, the directory's for callers, else the staff number. */
    String name(StaffId staff) {
        String known = IT_STAFF.get(staff);
        if (known != null) {
            return known;
        }
        return directory.member(staff).map(StaffMember::name).orElse(staff.value());
    }

    String name(Actor actor) {
        return name(actor.staffId());
    }

    private static StaffId id(Actor actor) {
        return actor.staffId();
    }
}
