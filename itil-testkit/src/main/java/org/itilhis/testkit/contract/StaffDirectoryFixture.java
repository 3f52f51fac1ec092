package org.itilhis.testkit.contract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffMember;

/**
 * The staff and groups a directory under test holds: two reporters, an IT director in no
 * group, and five groups, where one engineer works in two groups and one lead is a plain
 * member of another:
 *
 * <pre>
 * service-desk         FIRST_LINE   lead S0001   members S0001
 * desktop-first-line   FIRST_LINE   lead E0100   members E0100 E0101
 * network-second-line  SECOND_LINE  lead E0301   members E0301 E0101
 * his-second-line      SECOND_LINE  lead E0200   members E0200 E0201
 * his-vendor           VENDOR       lead V0001   members V0001 E0200
 * </pre>
 *
 * Names are Chinese, one with a character outside the Basic Multilingual Plane; the doctor
 * has no extension.
 */
final class StaffDirectoryFixture {
    static final DepartmentId WARD = DepartmentId.of("ward-5-east");
    static final DepartmentId RADIOLOGY = DepartmentId.of("radiology");
    static final DepartmentId IT = DepartmentId.of("it");

    static final StaffId NURSE = StaffId.of("N2001");
    static final StaffId DOCTOR = StaffId.of("D3001");
    static final StaffId DIRECTOR = StaffId.of("M0001");
    static final StaffId AGENT = StaffId.of("S0001");
    static final StaffId DESKTOP_LEAD = StaffId.of("E0100");
    /** Desktop engineer, and on the network group's rota too. */
    static final StaffId ENGINEER = StaffId.of("E0101");
    /** Leads HIS support, and is the vendor group's contact inside the hospital. */
    static final StaffId HIS_LEAD = StaffId.of("E0200");
    static final StaffId SPECIALIST = StaffId.of("E0201");
    static final StaffId NETWORK_LEAD = StaffId.of("E0301");
    static final StaffId VENDOR_ENGINEER = StaffId.of("V0001");

    static final GroupId SERVICE_DESK = GroupId.of("service-desk");
    static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    static final GroupId NETWORK = GroupId.of("network-second-line");
    static final GroupId HIS_SUPPORT = GroupId.of("his-second-line");
    static final GroupId HIS_VENDOR = GroupId.of("his-vendor");

    static final ImmutableList<StaffMember> PEOPLE = ImmutableList.of(
            person(NURSE, "王芳（护士）", WARD, "5501"),
            new StaffMember(DOCTOR, "赵\uD840\uDC0B磊（放射科医生）", RADIOLOGY, Optional.empty()),
            person(DIRECTOR, "高明（信息中心主任）", IT, "8001"),
            person(AGENT, "陈静（服务台）", IT, "8000"),
            person(DESKTOP_LEAD, "孙伟（桌面组长）", IT, "8100"),
            person(ENGINEER, "刘洋（桌面工程师）", IT, "8101"),
            person(HIS_LEAD, "吴磊（HIS组长）", IT, "8200"),
            person(SPECIALIST, "黄敏（HIS工程师）", IT, "8201"),
            person(NETWORK_LEAD, "马超（网络组长）", IT, "8300"),
            person(VENDOR_ENGINEER, "东华软件驻场工程师", IT, "8900"));

    static final ImmutableList<AssignmentGroup> GROUPS = ImmutableList.of(
            group(SERVICE_DESK, "服务台", SupportTier.FIRST_LINE, AGENT),
            group(DESKTOP, "桌面运维（一线）", SupportTier.FIRST_LINE, DESKTOP_LEAD, ENGINEER),
            group(NETWORK, "网络（二线）", SupportTier.SECOND_LINE, NETWORK_LEAD, ENGINEER),
            group(HIS_SUPPORT, "HIS应用支持（二线）", SupportTier.SECOND_LINE, HIS_LEAD, SPECIALIST),
            group(HIS_VENDOR, "HIS厂商支持", SupportTier.VENDOR, VENDOR_ENGINEER, HIS_LEAD));

    private StaffDirectoryFixture() {
    }

    /** The groups of the fixture that list {@code staff} as a member (or lead). */
    static ImmutableSet<GroupId> groupsListing(StaffId staff) {
        return GROUPS.stream().filter(group -> group.hasMember(staff)).map(AssignmentGroup::id)
                .collect(ImmutableSet.toImmutableSet());
    }

    private static StaffMember person(StaffId id, String name, DepartmentId department, String extension) {
        return new StaffMember(id, name, department, Optional.of(extension));
    }

    private static AssignmentGroup group(GroupId id, String name, SupportTier tier, StaffId lead, StaffId... others) {
        return new AssignmentGroup(id, name, tier, lead,
                ImmutableSet.<StaffId>builder().add(lead).add(others).build());
    }
}
