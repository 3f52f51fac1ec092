package org.itilhis.adapters.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.AD_BASE;

import com.google.common.collect.ImmutableSet;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.ldap.RefreshResult.LeftOut;
import org.itilhis.adapters.ldap.RefreshResult.Refreshed;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Active Directory preset over an AD-shaped directory ({@code hospital-active-directory.ldif}):
 * the staff id in {@code sAMAccountName}, membership from each person's {@code memberOf}, the
 * lead from {@code managedBy}, Chinese department names mapped to the library's departments,
 * computer accounts not taken for people, and {@code userAccountControl}'s ACCOUNTDISABLE bit
 * telling leavers.
 */
class ActiveDirectoryTest {
    static final String STAFF = "OU=Staff," + AD_BASE;
    static final String GROUPS = "OU=Groups," + AD_BASE;
    static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    static final StaffId LEAD_SUN = StaffId.of("E0100");
    static final StaffId ENGINEER_LIU = StaffId.of("E0101");
    static final StaffId ENGINEER_ZHOU = StaffId.of("E0102");

    @TempDir
    Path dir;
    HospitalDirectoryServer ad;
    LdapStaffDirectory directory;

    @BeforeEach
    void start() {
        ad = HospitalDirectoryServer.activeDirectory();
        directory = LdapStaffDirectory.start(ad.settings(dir).build(), DirectoryMapping.activeDirectory(STAFF, GROUPS)
                .department("第五病区（东）", DepartmentId.of("ward-5-east"))
                .department("放射科", DepartmentId.of("radiology"))
                .department("信息中心", DepartmentId.of("it"))
                .group(GroupMapping.of("CN=IT-Desktop," + GROUPS, DESKTOP, SupportTier.FIRST_LINE))
                .role(RoleMapping.of("CN=ITIL-FirstLine," + GROUPS, Role.FIRST_LINE_ENGINEER))
                .role(RoleMapping.of("CN=ITIL-Leads," + GROUPS, Role.GROUP_LEAD))
                .defaultRoles(Role.REPORTER)
                .build());
    }

    @AfterEach
    void stop() {
        directory.close();
        ad.close();
    }

    @Test
    void findsUserAccountsBySamAccountNameWithTheirDepartmentsMapped() {
        assertThat(directory.member(StaffId.of("N1001"))).contains(
                new StaffMember(StaffId.of("N1001"), "王芳", DepartmentId.of("ward-5-east"), Optional.of("5501")));
        assertThat(directory.member(StaffId.of("D3001"))).map(StaffMember::department)
                .contains(DepartmentId.of("radiology"));
        assertThat(directory.member(StaffId.of("NURSE-5E-PC01$"))).as("a computer account is nobody").isEmpty();
    }

    @Test
    void readsMembershipFromMemberOfAndTheLeadFromManagedBy() {
        assertThat(directory.group(DESKTOP)).contains(new AssignmentGroup(DESKTOP, "桌面运维（一线）",
                SupportTier.FIRST_LINE, LEAD_SUN, ImmutableSet.of(LEAD_SUN, ENGINEER_LIU, ENGINEER_ZHOU)));
        assertThat(directory.rolesOf(LEAD_SUN))
                .containsExactlyInAnyOrder(Role.REPORTER, Role.FIRST_LINE_ENGINEER, Role.GROUP_LEAD);
    }

    @Test
    void accountsWithTheDisabledBitAreLeftOutAndALeaverDisabledLaterIsGoneAtTheNextRefresh() throws Exception {
        assertThat(directory.member(StaffId.of("E0199"))).as("userAccountControl 514").isEmpty();
        assertThat(directory.member(StaffId.of("E0198"))).as("userAccountControl 66050").isEmpty();
        assertThat(directory.member(ENGINEER_ZHOU)).as("userAccountControl 66048 is enabled").isPresent();

        ad.server.modify("CN=刘洋," + STAFF, new Modification(ModificationType.REPLACE, "userAccountControl", "514"));
        RefreshResult result = directory.refresh();

        assertThat(result).isInstanceOfSatisfying(Refreshed.class, refreshed -> {
            assertThat(refreshed.left()).isEqualTo(1);
            assertThat(refreshed.leftOut()).containsExactlyInAnyOrderEntriesOf(Map.of(LeftOut.DISABLED, 3));
        });
        assertThat(directory.member(ENGINEER_LIU)).isEmpty();
        assertThat(directory.group(DESKTOP).orElseThrow().members()).containsExactlyInAnyOrder(LEAD_SUN, ENGINEER_ZHOU);
        assertThat(directory.rolesOf(ENGINEER_LIU)).isEmpty();
    }

    @Test
    void someoneWhoseMemberOfNoLongerNamesTheGroupLeavesIt() throws Exception {
        ad.server.modify("CN=周涛," + STAFF,
                new Modification(ModificationType.DELETE, "memberOf", "CN=IT-Desktop," + GROUPS));

        directory.refresh();

        assertThat(directory.groupsOf(ENGINEER_ZHOU)).isEmpty();
        assertThat(directory.member(ENGINEER_ZHOU)).isPresent();
    }
}
