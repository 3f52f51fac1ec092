package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.contract.ContractSupport.results;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.DESKTOP;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.DESKTOP_LEAD;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.DIRECTOR;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.DOCTOR;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.ENGINEER;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.GROUPS;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.HIS_LEAD;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.HIS_SUPPORT;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.HIS_VENDOR;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.NETWORK;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.NURSE;
import static org.itilhis.testkit.contract.StaffDirectoryFixture.PEOPLE;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StaffDirectory} must do, as its javadoc says: find a person and a group
 * as the hospital's records have them, answer empty (never throw) for a staff id or group it
 * does not know, name as a person's groups exactly those that list them as member or lead,
 * and answer the same from several threads at once.
 *
 * <p>The directory under test holds a small hospital the contract hands over (two reporters,
 * an IT director in no group, five groups where one engineer works in two and one lead is a
 * plain member of another). To run it, implement this interface in a test class and return a
 * directory holding exactly those people and groups; for a directory backed by LDAP or the
 * HIS, load them into the test's server:
 * <pre>{@code
 * class LdapStaffDirectoryIT implements StaffDirectoryContract {
 *     final EmbeddedLdap ldap = EmbeddedLdap.start();
 *
 *     public StaffDirectory directoryHolding(List<StaffMember> people, List<AssignmentGroup> groups) {
 *         ldap.clear();
 *         people.forEach(ldap::addPerson);     // uid, cn, departmentNumber, telephoneNumber
 *         groups.forEach(ldap::addGroup);      // cn, description, tier, owner, member
 *         return new LdapStaffDirectory(ldap.url(), ...);
 *     }
 * }
 * }</pre>
 */
public interface StaffDirectoryContract {
    /**
     * A directory holding exactly {@code people} and {@code groups}, and nothing else; called
     * once per test method.
     */
    StaffDirectory directoryHolding(List<StaffMember> people, List<AssignmentGroup> groups);

    @Test
    default void everyPersonIsFoundByStaffIdWithTheirNameDepartmentAndExtension() {
        StaffDirectory directory = directory();

        for (StaffMember person : PEOPLE) {
            assertThat(directory.member(person.id())).as("member %s", person.id()).contains(person);
        }
    }

    @Test
    default void everyGroupIsFoundWithItsNameTierLeadAndMembers() {
        StaffDirectory directory = directory();

        for (AssignmentGroup group : GROUPS) {
            assertThat(directory.group(group.id())).as("group %s", group.id()).contains(group);
        }
    }

    @Test
    default void anUnknownStaffIdIsNobodyAndBelongsToNoGroup() {
        StaffDirectory directory = directory();

        for (StaffId unknown : List.of(StaffId.of("X9999"), Actor.SYSTEM_ID)) {
            assertThat(directory.member(unknown)).as("member %s", unknown).isEmpty();
            assertThat(directory.groupsOf(unknown)).as("groups of %s", unknown).isEmpty();
        }
    }

    @Test
    default void anUnknownGroupIsNotFound() {
        assertThat(directory().group(GroupId.of("radiology-pacs-team"))).isEmpty();
    }

    /** Reporters, and staff in no group such as the IT director, belong to no group. */
    @Test
    default void someoneInNoGroupBelongsToNone() {
        StaffDirectory directory = directory();

        for (StaffId outsider : List.of(NURSE, DOCTOR, DIRECTOR)) {
            assertThat(directory.groupsOf(outsider)).as("groups of %s", outsider).isEmpty();
        }
    }

    @Test
    default void aLeadBelongsToTheGroupTheyLeadAndAPersonMayBelongToSeveralGroups() {
        StaffDirectory directory = directory();

        assertThat(directory.groupsOf(DESKTOP_LEAD)).containsExactly(DESKTOP);
        assertThat(directory.groupsOf(ENGINEER)).containsExactlyInAnyOrder(DESKTOP, NETWORK);
        assertThat(directory.groupsOf(HIS_LEAD)).containsExactlyInAnyOrder(HIS_SUPPORT, HIS_VENDOR);
    }

    /** What assignment and access decide with agrees: a person's groups are those that list them. */
    @Test
    default void thePersonsGroupsAreExactlyTheGroupsListingThemAndEachIsFound() {
        StaffDirectory directory = directory();

        for (StaffMember person : PEOPLE) {
            assertThat(directory.groupsOf(person.id())).as("groups of %s", person.id())
                    .containsExactlyInAnyOrderElementsOf(StaffDirectoryFixture.groupsListing(person.id()));
            for (GroupId group : directory.groupsOf(person.id())) {
                assertThat(directory.group(group)).as("group %s of %s", group, person.id())
                        .hasValueSatisfying(found -> assertThat(found.hasMember(person.id())).isTrue());
            }
        }
    }

    /** Requests and the SLA monitor look people up at the same time. */
    @Test
    default void lookupsFromManyThreadsAtOnceGiveTheSameAnswers() throws InterruptedException {
        StaffDirectory directory = directory();
        List<Object> expected = everyAnswer(directory);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> readers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    List<Object> answers = everyAnswer(directory);
                    for (int round = 1; round < 20 && answers.equals(expected); round++) {
                        answers = everyAnswer(directory);
                    }
                    return answers; // the first round that differed, if one did
                }));
            }
            start.countDown();

            assertThat(results(readers)).hasSize(threads)
                    .allSatisfy(answers -> assertThat(answers).as("answers of one thread").isEqualTo(expected));
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    private StaffDirectory directory() {
        return directoryHolding(PEOPLE, GROUPS);
    }

    /** Every lookup of the fixture's people and groups, as {@code directory} answers it. */
    private static List<Object> everyAnswer(StaffDirectory directory) {
        List<Object> answers = new ArrayList<>();
        for (StaffMember person : PEOPLE) {
            answers.add(directory.member(person.id()));
            answers.add(directory.groupsOf(person.id()));
        }
        for (AssignmentGroup group : GROUPS) {
            answers.add(directory.group(group.id()));
        }
        return answers;
    }
}
