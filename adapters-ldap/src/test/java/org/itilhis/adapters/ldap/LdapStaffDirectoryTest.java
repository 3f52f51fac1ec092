package org.itilhis.adapters.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.GROUPS;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.PEOPLE;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.HIS_VENDOR;
import static org.itilhis.testkit.DemoHospital.NETWORK;

import com.google.common.collect.ImmutableSet;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.ldap.RefreshResult.KeptPrevious;
import org.itilhis.adapters.ldap.RefreshResult.LeftOut;
import org.itilhis.adapters.ldap.RefreshResult.Refreshed;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
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
 * The demo hospital's directory as OpenLDAP would hold it ({@code hospital-openldap.ldif}):
 * people, assignment groups, departments and roles as the mapping reads them, and leavers
 * gone at the next refresh, whether their entry is deleted, their account disabled or they
 * are taken out of a group. A refresh that fails keeps the last snapshot.
 */
class LdapStaffDirectoryTest {
    static final StaffId NURSE_WANG = StaffId.of("N1001");
    static final StaffId LEAD_SUN = StaffId.of("E0100");
    static final StaffId ENGINEER_LIU = StaffId.of("E0101");
    static final StaffId ENGINEER_ZHOU = StaffId.of("E0102");
    static final StaffId LEFT_ZHENG = StaffId.of("E0199");
    static final StaffId SPECIALIST_HUANG = StaffId.of("E0201");
    static final StaffId NETWORK_MA = StaffId.of("E0301");
    static final StaffId VENDOR_ENGINEER = StaffId.of("V0001");
    static final StaffId DIRECTOR_GAO = StaffId.of("M0001");
    static final StaffId INTERN_LIN = StaffId.of("T0001");
    /** Every name, department and extension in the fixture: none of them may reach the log. */
    static final List<String> PERSONAL_DATA = List.of("王芳", "李娜", "赵磊", "陈静", "孙伟", "刘洋", "周涛", "吴磊",
            "黄敏", "马超", "东华软件驻场工程师", "高明", "钱丽", "郑强", "林小雨", "会议室预约", "ward-5-east",
            "outpatient-registration", "5501", "8101");

    @TempDir
    Path dir;
    HospitalDirectoryServer ldap;
    LdapStaffDirectory directory;

    @BeforeEach
    void startTheHospitalsDirectory() {
        ldap = HospitalDirectoryServer.openLdap();
    }

    @AfterEach
    void stop() {
        if (directory != null) {
            directory.close();
        }
        ldap.close();
    }

    @Test
    void findsPeopleWithTheirChineseNamesDepartmentsAndExtensions() {
        start(Duration.ofHours(1));

        assertThat(directory.member(NURSE_WANG)).contains(
                new StaffMember(NURSE_WANG, "王芳", DepartmentId.of("ward-5-east"), Optional.of("5501")));
        assertThat(directory.member(StaffId.of("V0001"))).map(StaffMember::name).contains("东华软件驻场工程师");
    }

    @Test
    void mapsLdapGroupsToAssignmentGroupsWithTheirTierLeadAndActiveMembers() {
        start(Duration.ofHours(1));

        assertThat(directory.group(DESKTOP)).contains(new AssignmentGroup(DESKTOP, "桌面运维（一线）",
                SupportTier.FIRST_LINE, LEAD_SUN, ImmutableSet.of(LEAD_SUN, ENGINEER_LIU, ENGINEER_ZHOU)));
        assertThat(directory.groupsOf(ENGINEER_LIU)).containsExactly(DESKTOP);
        assertThat(directory.groupsOf(NURSE_WANG)).as("an unmapped LDAP group is no assignment group").isEmpty();
    }

    @Test
    void rolesComeFromTheRoleGroupsAndEveryoneIsAReporter() {
        start(Duration.ofHours(1));

        assertThat(directory.rolesOf(NURSE_WANG)).containsExactly(Role.REPORTER);
        assertThat(directory.rolesOf(LEAD_SUN))
                .containsExactlyInAnyOrder(Role.REPORTER, Role.FIRST_LINE_ENGINEER, Role.GROUP_LEAD);
        assertThat(directory.rolesOf(DIRECTOR_GAO)).containsExactlyInAnyOrder(Role.REPORTER, Role.IT_DIRECTOR);
        assertThat(directory.rolesOf(StaffId.of("X9999"))).isEmpty();
    }

    @Test
    void aDisabledAccountAnEntryWithoutStaffIdAndAPersonWithoutDepartmentAreLeftOutAndCounted() {
        start(Duration.ofHours(1));

        assertThat(directory.member(LEFT_ZHENG)).isEmpty();
        assertThat(directory.groupsOf(LEFT_ZHENG)).isEmpty();
        assertThat(directory.rolesOf(LEFT_ZHENG)).isEmpty();
        assertThat(directory.member(INTERN_LIN)).as("no department, and no default one").isEmpty();
        Refreshed refreshed = (Refreshed) directory.refresh();
        assertThat(refreshed.people()).isEqualTo(13);
        assertThat(refreshed.groups()).isEqualTo(5);
        assertThat(refreshed.leftOut()).containsExactlyInAnyOrderEntriesOf(Map.of(
                LeftOut.DISABLED, 1, LeftOut.NO_STAFF_ID, 1, LeftOut.NO_DEPARTMENT, 1));
    }

    @Test
    void entriesClaimingTheSystemsStaffIdOrOneAlreadyHeldAreNotTaken() throws Exception {
        start(Duration.ofHours(1));
        ldap.server.add("dn: cn=timer robot," + PEOPLE, "objectClass: inetOrgPerson", "cn: timer robot", "sn: robot",
                "uid: system", "departmentNumber: it");
        ldap.server.add("dn: cn=second account," + PEOPLE, "objectClass: inetOrgPerson", "cn: second account",
                "sn: account", "uid: E0101", "departmentNumber: it");

        Refreshed refreshed = (Refreshed) directory.refresh();

        assertThat(refreshed.leftOut(LeftOut.INVALID_STAFF_ID)).isEqualTo(1);
        assertThat(refreshed.leftOut(LeftOut.DUPLICATE_STAFF_ID)).isEqualTo(2);
        assertThat(directory.member(Actor.SYSTEM_ID)).isEmpty();
        assertThat(directory.member(ENGINEER_LIU)).as("which of the two is meant is not guessed").isEmpty();
        assertThat(directory.groupsOf(ENGINEER_LIU)).isEmpty();
    }

    @Test
    void aLeaverWhoseEntryIsDeletedIsGoneAfterTheNextRefresh() throws Exception {
        start(Duration.ofHours(1));
        ldap.server.delete("uid=E0102," + PEOPLE);

        assertThat(directory.member(ENGINEER_ZHOU)).as("until the next refresh").isPresent();
        RefreshResult result = directory.refresh();

        assertThat(result).isInstanceOfSatisfying(Refreshed.class, refreshed -> {
            assertThat(refreshed.left()).isEqualTo(1);
            assertThat(refreshed.joined()).isZero();
        });
        assertThat(directory.member(ENGINEER_ZHOU)).isEmpty();
        assertThat(directory.groupsOf(ENGINEER_ZHOU)).isEmpty();
        assertThat(directory.rolesOf(ENGINEER_ZHOU)).isEmpty();
        assertThat(directory.group(DESKTOP).orElseThrow().members()).containsExactlyInAnyOrder(LEAD_SUN, ENGINEER_LIU);
    }

    @Test
    void aLeaverWhoseAccountIsDisabledIsGoneAfterTheNextRefresh() throws Exception {
        start(Duration.ofHours(1));
        ldap.server.modify("uid=E0201," + PEOPLE, new Modification(ModificationType.ADD, "employeeType", "left"));

        directory.refresh();

        assertThat(directory.member(SPECIALIST_HUANG)).isEmpty();
        assertThat(directory.groupsOf(SPECIALIST_HUANG)).isEmpty();
        assertThat(directory.group(HIS_SUPPORT).orElseThrow().members()).doesNotContain(SPECIALIST_HUANG);
    }

    @Test
    void someoneTakenOutOfAGroupLeavesItAtTheNextRefreshAndIsStillFound() throws Exception {
        start(Duration.ofHours(1));
        ldap.server.modify("cn=desktop-first-line," + GROUPS,
                new Modification(ModificationType.DELETE, "member", "uid=E0101," + PEOPLE));

        directory.refresh();

        assertThat(directory.groupsOf(ENGINEER_LIU)).isEmpty();
        assertThat(directory.member(ENGINEER_LIU)).isPresent();
    }

    @Test
    void aLeadWhoLeavesIsReplacedByTheFallbackLeadOrTheirGroupIsLeftOut() throws Exception {
        start(Duration.ofHours(1));
        ldap.server.delete("uid=E0301," + PEOPLE);
        ldap.server.delete("uid=V0001," + PEOPLE);

        directory.refresh();

        assertThat(directory.group(NETWORK)).as("network has the director as fallback lead")
                .hasValueSatisfying(network -> {
                    assertThat(network.lead()).isEqualTo(DIRECTOR_GAO);
                    assertThat(network.members()).containsExactly(DIRECTOR_GAO);
                });
        assertThat(directory.group(HIS_VENDOR)).as("the vendor group has no fallback lead").isEmpty();
        assertThat(directory.groupsOf(DIRECTOR_GAO)).containsExactly(NETWORK);
    }

    @Test
    void theScheduledRefreshPicksUpALeaverWithoutBeingAsked() throws Exception {
        start(Duration.ofMillis(100));
        ldap.server.delete("uid=V0001," + PEOPLE);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (directory.member(VENDOR_ENGINEER).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(directory.member(VENDOR_ENGINEER)).isEmpty();
        assertThat(directory.group(HIS_VENDOR)).as("its only member and lead left").isEmpty();
    }

    @Test
    void aRefreshWhileTheDirectoryIsDownKeepsTheLastSnapshotAndTheNextOneAfterItIsBackSucceeds() throws Exception {
        start(Duration.ofHours(1));
        Instant firstReading = directory.snapshotTakenAt();
        ldap.stop();

        RefreshResult failed = directory.refresh();

        assertThat(failed).isInstanceOfSatisfying(KeptPrevious.class, kept -> {
            assertThat(kept.snapshotTakenAt()).isEqualTo(firstReading);
            assertThat(kept.reason()).startsWith("LDAP result");
        });
        assertThat(directory.member(NURSE_WANG)).isPresent();
        assertThat(directory.group(DESKTOP)).isPresent();
        assertThat(directory.groupsOf(ENGINEER_LIU)).containsExactly(DESKTOP);

        ldap.restart();
        ldap.server.delete("uid=E0102," + PEOPLE);
        assertThat(directory.refresh()).isInstanceOf(Refreshed.class);
        assertThat(directory.member(ENGINEER_ZHOU)).isEmpty();
    }

    @Test
    void aRefreshThatFindsNobodyKeepsTheLastSnapshot() throws Exception {
        start(Duration.ofHours(1));
        ldap.deleteChildrenOf(PEOPLE);

        RefreshResult result = directory.refresh();

        assertThat(result).isInstanceOfSatisfying(KeptPrevious.class,
                kept -> assertThat(kept.reason()).isEqualTo("no person found under peopleBase"));
        assertThat(directory.member(NURSE_WANG)).isPresent();
    }

    @Test
    void aRefreshThatCannotSearchThePeopleKeepsTheLastSnapshot() throws Exception {
        start(Duration.ofHours(1));
        ldap.server.deleteSubtree(PEOPLE);

        assertThat(directory.refresh()).isInstanceOfSatisfying(KeptPrevious.class,
                kept -> assertThat(kept.reason()).contains("no such object"));
        assertThat(directory.member(NURSE_WANG)).isPresent();
    }

    @Test
    void readsTheDirectoryInPagesOfAnySize() {
        for (int pageSize : new int[] {0, 1, 2, 500}) {
            try (LdapStaffDirectory paged = LdapStaffDirectory.start(
                    ldap.settings(dir).pageSize(pageSize).build(), HospitalDirectoryServer.demoHospitalMapping().build())) {
                RefreshResult result = paged.refresh();
                assertThat(result).as("page size %s", pageSize).isInstanceOfSatisfying(Refreshed.class, refreshed -> {
                    assertThat(refreshed.people()).isEqualTo(13);
                    assertThat(refreshed.groups()).isEqualTo(5);
                });
            }
        }
    }

    @Test
    void theLogHasCountsAndReasonsButNoPersonsData() throws Exception {
        start(Duration.ofHours(1));
        ldap.server.delete("uid=E0301," + PEOPLE);
        ldap.server.delete("uid=V0001," + PEOPLE);
        directory.refresh();
        ldap.stop();
        directory.refresh();

        String log = Files.readString(Path.of("target", "adapters-ldap-tests.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("refresh failed (LDAP result", "assignment group his-vendor is left out",
                "2 left");
        for (String personal : PERSONAL_DATA) {
            assertThat(log).as("the log names nobody").doesNotContain(personal);
        }
    }

    @Test
    void aClosedDirectoryRefreshesNoMoreAndStillAnswers() {
        start(Duration.ofMillis(50));
        directory.close();
        directory.close();

        assertThat(directory.member(NURSE_WANG)).isPresent();
        assertThatIllegalStateException().isThrownBy(directory::refresh)
                .withMessageContaining("closed");
    }

    private void start(Duration refreshInterval) {
        directory = LdapStaffDirectory.start(ldap.settings(dir).refreshInterval(refreshInterval).build(),
                HospitalDirectoryServer.demoHospitalMapping().build());
    }
}
