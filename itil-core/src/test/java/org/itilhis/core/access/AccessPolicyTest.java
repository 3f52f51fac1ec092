package org.itilhis.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {
    private static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    private static final GroupId HIS_SUPPORT = GroupId.of("his-second-line");

    private static final Actor NURSE = Actor.of("N1001", Role.REPORTER);
    private static final StaffId OTHER_CALLER = StaffId.of("C2001");
    private static final Actor AGENT = Actor.of("S0001", Role.SERVICE_DESK_AGENT);
    private static final Actor ENGINEER = Actor.of("E0101", Role.FIRST_LINE_ENGINEER);
    private static final Actor SPECIALIST = Actor.of("E0201", Role.SECOND_LINE_ENGINEER);
    private static final Actor LEAD = Actor.of("E0100", Role.FIRST_LINE_ENGINEER, Role.GROUP_LEAD);
    private static final Actor DIRECTOR = Actor.of("M0001", Role.IT_DIRECTOR);
    private static final Actor PRIVACY_OFFICER = Actor.of("P0001", Role.PRIVACY_OFFICER);

    /** What engineers do to the tickets of their groups. */
    private static final Set<Permission> ENGINEER_WORK = EnumSet.of(Permission.ACCEPT, Permission.START,
            Permission.HOLD, Permission.RESUME, Permission.ESCALATE, Permission.ESCALATE_TO_LEAD, Permission.RESOLVE,
            Permission.ADD_WORK_LOG, Permission.REPRIORITISE);

    private final AccessPolicy policy = AccessPolicy.hospitalDefault();

    /** A ticket raised by {@code caller}, owned by {@code group}, seen by an actor in {@code actorGroups}. */
    private static AccessContext ticket(StaffId caller, GroupId group, GroupId... actorGroups) {
        return AccessContext.of(caller, group, List.of(actorGroups));
    }

    private static AccessContext nursesTicketIn(GroupId group, GroupId... actorGroups) {
        return ticket(NURSE.staffId(), group, actorGroups);
    }

    private Set<Permission> permitted(Actor actor, AccessContext context) {
        Set<Permission> permitted = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (policy.permits(actor, permission, context)) {
                permitted.add(permission);
            }
        }
        return permitted;
    }

    /** The problem-management permissions, which the ticket tests leave aside (tested below, on problems). */
    private static final Set<Permission> ON_PROBLEMS = EnumSet.range(Permission.VIEW_PROBLEM,
            Permission.DECIDE_CANDIDATE_PROBLEMS);

    /** The knowledge-management permissions, which the ticket tests leave aside too (tested below, on articles). */
    private static final Set<Permission> ON_ARTICLES = EnumSet.range(Permission.VIEW_ARTICLE,
            Permission.RETIRE_ARTICLE);

    /** The change- and release-management permissions, which the ticket tests leave aside (tested below, on changes). */
    private static final Set<Permission> ON_CHANGES = EnumSet.range(Permission.VIEW_CHANGE, Permission.DEPLOY_RELEASE);

    /** The duty roster's permissions, which the ticket tests leave aside (tested below, on rosters). */
    private static final Set<Permission> ON_ROSTERS = EnumSet.range(Permission.VIEW_ROSTER, Permission.VIEW_HANDOVER);

    /** The workload report's permission: on a person's figures, not on a ticket (tested in the reporting practice). */
    private static final Set<Permission> ON_FIGURES = EnumSet.of(Permission.VIEW_WORKLOAD);

    /** The operations records' permissions (issue 18), which the ticket tests leave aside (tested below). */
    private static final Set<Permission> ON_OPERATIONS = EnumSet.range(Permission.VIEW_INSPECTIONS,
            Permission.MANAGE_STOCK_ITEMS);

    /** The notifications' permissions (issue 19), which the ticket tests leave aside (tested below). */
    private static final Set<Permission> ON_NOTIFICATIONS = EnumSet.range(Permission.VIEW_NOTIFICATIONS,
            Permission.SET_NOTIFICATION_PREFERENCE);

    /** Monitoring and availability (issue 20), which the ticket tests leave aside (tested below). */
    private static final Set<Permission> ON_MONITORING = EnumSet.range(Permission.VIEW_MONITORING,
            Permission.DECLARE_OUTAGE);

    /** What {@code actor} may do on a ticket in {@code context}, the other practices' permissions left aside. */
    private Set<Permission> permittedOnTickets(Actor actor, AccessContext context) {
        Set<Permission> permitted = permitted(actor, context);
        permitted.removeAll(ON_PROBLEMS);
        permitted.removeAll(ON_ARTICLES);
        permitted.removeAll(ON_CHANGES);
        permitted.removeAll(ON_ROSTERS);
        permitted.removeAll(ON_FIGURES);
        permitted.removeAll(ON_OPERATIONS);
        permitted.removeAll(ON_NOTIFICATIONS);
        permitted.removeAll(ON_MONITORING);
        return permitted;
    }

    // ---- reporters -------------------------------------------------------------------

    @Test
    void aReporterActsOnTheirOwnTicket() {
        // linking a contact: their own reply by e-mail, linked to their own ticket
        assertThat(permittedOnTickets(NURSE, nursesTicketIn(DESKTOP))).containsExactlyInAnyOrder(Permission.VIEW_TICKET,
                Permission.VIEW_CALLER_CONTACT, Permission.LOG_CONTACT, Permission.LINK_CONTACT, Permission.CONFIRM,
                Permission.REOPEN, Permission.RATE, Permission.CANCEL);
    }

    @Test
    void aReporterCannotSeeOrTouchSomeoneElsesTicket() {
        assertThat(permittedOnTickets(NURSE, ticket(OTHER_CALLER, DESKTOP))).isEmpty();
    }

    @Test
    void aReporterLogsContactsOnTheirOwnBehalfOnly() {
        assertThat(policy.permits(NURSE, Permission.LOG_CONTACT, AccessContext.onBehalfOf(NURSE.staffId(), List.of())))
                .isTrue();
        assertThat(policy.permits(NURSE, Permission.LOG_CONTACT, AccessContext.onBehalfOf(OTHER_CALLER, List.of())))
                .isFalse();
    }

    @Test
    void aReporterHasNoWorkQueue() {
        assertThat(policy.permits(NURSE, Permission.VIEW_QUEUE, AccessContext.general(List.of()))).isFalse();
    }

    // ---- engineers -------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FIRST_LINE_ENGINEER", "SECOND_LINE_ENGINEER"})
    void anEngineerWorksTheTicketsOfTheirGroups(Role role) {
        Actor engineer = Actor.of("E9999", role);

        assertThat(permitted(engineer, nursesTicketIn(DESKTOP, HIS_SUPPORT, DESKTOP))).containsAll(ENGINEER_WORK);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FIRST_LINE_ENGINEER", "SECOND_LINE_ENGINEER"})
    void anEngineerCannotWorkTheTicketsOfOtherGroups(Role role) {
        Actor engineer = Actor.of("E9999", role);

        assertThat(permitted(engineer, nursesTicketIn(HIS_SUPPORT, DESKTOP))).doesNotContainAnyElementsOf(ENGINEER_WORK);
    }

    @Test
    void anEngineerNeitherSeesNorWorksTheTicketsOfOtherGroups() {
        assertThat(permittedOnTickets(SPECIALIST, nursesTicketIn(DESKTOP, HIS_SUPPORT)))
                .containsExactlyInAnyOrder(Permission.VIEW_QUEUE, Permission.LOG_CONTACT, Permission.VIEW_SLA,
                        Permission.VIEW_CMDB);
    }

    @Test
    void anEngineerSeesTheCallerTheInternalNotesAndRecordsAffectedItemsOnTheirGroupsTickets() {
        assertThat(permitted(ENGINEER, nursesTicketIn(DESKTOP, DESKTOP))).contains(Permission.VIEW_TICKET,
                Permission.VIEW_CALLER_CONTACT, Permission.VIEW_INTERNAL_NOTES, Permission.RECORD_AFFECTED_CI);
    }

    @Test
    void anEngineerSeesAndWorksATicketAssignedToThemOutsideTheirGroups() {
        AccessContext assignedToThem = AccessContext.of(NURSE.staffId(), HIS_SUPPORT, Optional.of(ENGINEER.staffId()),
                List.of(DESKTOP));
        AccessContext assignedToAnother = AccessContext.of(NURSE.staffId(), HIS_SUPPORT,
                Optional.of(SPECIALIST.staffId()), List.of(DESKTOP));

        assertThat(permitted(ENGINEER, assignedToThem)).contains(Permission.VIEW_TICKET).containsAll(ENGINEER_WORK);
        assertThat(permitted(ENGINEER, assignedToAnother)).doesNotContain(Permission.VIEW_TICKET)
                .doesNotContainAnyElementsOf(ENGINEER_WORK);
    }

    // ---- the vendor's engineer ---------------------------------------------------------

    @Test
    void theVendorsEngineerWorksTheVendorGroupsTicketsWithoutLearningWhoCalled() {
        Actor vendor = Actor.of("V0001", Role.VENDOR_ENGINEER);
        GroupId vendorGroup = GroupId.of("his-vendor");

        assertThat(permittedOnTickets(vendor, nursesTicketIn(vendorGroup, vendorGroup))).containsExactlyInAnyOrder(
                Permission.VIEW_TICKET, Permission.VIEW_INTERNAL_NOTES, Permission.VIEW_QUEUE, Permission.ACCEPT,
                Permission.START, Permission.HOLD, Permission.RESUME, Permission.ESCALATE_TO_LEAD, Permission.RESOLVE,
                Permission.ADD_WORK_LOG);
        assertThat(permittedOnTickets(vendor, nursesTicketIn(DESKTOP, vendorGroup))).containsExactly(Permission.VIEW_QUEUE);
    }

    @Test
    void anEngineerNeitherAssignsNorOverridesNorClosesNorRates() {
        assertThat(permitted(ENGINEER, nursesTicketIn(DESKTOP, DESKTOP))).doesNotContain(Permission.ASSIGN,
                Permission.OVERRIDE_PRIORITY, Permission.CLOSE, Permission.RATE, Permission.CONFIRM,
                Permission.DECLARE_MAJOR_INCIDENT, Permission.CANCEL);
    }

    @Test
    void withoutAnOwningGroupAGroupRuleCoversNothing() {
        assertThat(policy.permits(ENGINEER, Permission.RESOLVE,
                AccessContext.onBehalfOf(NURSE.staffId(), List.of(DESKTOP)))).isFalse();
    }

    // ---- group leads -----------------------------------------------------------------

    @Test
    void aLeadAssignsOverridesAndCancelsInTheirGroups() {
        assertThat(permitted(LEAD, nursesTicketIn(DESKTOP, DESKTOP))).contains(Permission.ASSIGN,
                Permission.OVERRIDE_PRIORITY, Permission.CANCEL).containsAll(ENGINEER_WORK);
    }

    @Test
    void aLeadCannotAssignOrOverrideInOtherGroups() {
        assertThat(permitted(LEAD, nursesTicketIn(HIS_SUPPORT, DESKTOP))).doesNotContain(Permission.ASSIGN,
                Permission.OVERRIDE_PRIORITY, Permission.CANCEL);
    }

    @Test
    void aLeadDeclaresAMajorIncidentOnlyOnTicketsTheySee() {
        assertThat(policy.permits(LEAD, Permission.DECLARE_MAJOR_INCIDENT, nursesTicketIn(DESKTOP, DESKTOP))).isTrue();
        assertThat(policy.permits(LEAD, Permission.DECLARE_MAJOR_INCIDENT, nursesTicketIn(HIS_SUPPORT, DESKTOP)))
                .isFalse();
    }

    // ---- the service desk ------------------------------------------------------------

    @Test
    void theDeskHandlesEveryTicketWhateverItsGroup() {
        Set<Permission> desk = EnumSet.of(Permission.VIEW_TICKET, Permission.VIEW_CALLER_CONTACT,
                Permission.VIEW_INTERNAL_NOTES, Permission.VIEW_QUEUE, Permission.LOG_CONTACT,
                Permission.RESOLVE_AT_FIRST_CONTACT, Permission.RAISE_TICKET, Permission.LINK_CONTACT, Permission.ASSIGN,
                Permission.ESCALATE_TO_LEAD, Permission.CONFIRM, Permission.REOPEN, Permission.CANCEL,
                Permission.ADD_WORK_LOG, Permission.REPRIORITISE, Permission.DECLARE_MAJOR_INCIDENT, Permission.VIEW_SLA,
                Permission.VIEW_CMDB, Permission.RECORD_AFFECTED_CI);

        assertThat(permittedOnTickets(AGENT, nursesTicketIn(HIS_SUPPORT))).isEqualTo(desk);
        assertThat(permittedOnTickets(AGENT, ticket(OTHER_CALLER, DESKTOP, HIS_SUPPORT))).isEqualTo(desk);
    }

    @Test
    void theDeskDoesNotDoTheEngineersWork() {
        assertThat(permitted(AGENT, nursesTicketIn(DESKTOP))).doesNotContain(Permission.ACCEPT, Permission.START,
                Permission.RESOLVE, Permission.OVERRIDE_PRIORITY, Permission.CLOSE);
    }

    // ---- the director and the system ---------------------------------------------------

    @Test
    void theDirectorViewsEveryTicketAndTheQueueManagesServiceLevelsVerifiesTheAuditTrailAndDoesNoTicketWork() {
        Set<Permission> director = permittedOnTickets(DIRECTOR, nursesTicketIn(DESKTOP));

        assertThat(director).contains(Permission.VIEW_TICKET, Permission.VIEW_QUEUE, Permission.VIEW_SLA,
                Permission.MANAGE_SLA, Permission.VERIFY_AUDIT_TRAIL);
        // Declaring a major incident is the one ticket change the default grants the director.
        assertThat(EnumSet.complementOf(EnumSet.of(Permission.VIEW_TICKET, Permission.VIEW_CALLER_CONTACT,
                Permission.VIEW_INTERNAL_NOTES, Permission.VIEW_QUEUE, Permission.DECLARE_MAJOR_INCIDENT,
                Permission.VIEW_SLA, Permission.MANAGE_SLA, Permission.VIEW_CMDB, Permission.VERIFY_AUDIT_TRAIL)))
                .doesNotContainAnyElementsOf(director);
    }

    @Test
    void onlyTheDirectorAndThePrivacyOfficerVerifyTheAuditTrail() {
        for (Actor person : List.of(NURSE, AGENT, ENGINEER, SPECIALIST, LEAD, Actor.system(),
                Actor.of("K0001", Role.CONFIGURATION_MANAGER))) {
            assertThat(policy.permits(person, Permission.VERIFY_AUDIT_TRAIL, AccessContext.general(List.of())))
                    .as("%s verifies the audit trail", person.staffId()).isFalse();
        }
        assertThat(policy.permits(DIRECTOR, Permission.VERIFY_AUDIT_TRAIL, AccessContext.general(List.of()))).isTrue();
        assertThat(policy.permits(PRIVACY_OFFICER, Permission.VERIFY_AUDIT_TRAIL, AccessContext.general(List.of())))
                .isTrue();
    }

    @Test
    void onlyThePrivacyOfficerReadsWhoReadPersonalDataAndTheyReadNoTicket() {
        for (Actor person : List.of(NURSE, AGENT, ENGINEER, SPECIALIST, LEAD, DIRECTOR, Actor.system())) {
            assertThat(policy.permits(person, Permission.VIEW_PERSONAL_DATA_READS, AccessContext.general(List.of())))
                    .as("%s reads the personal-data reads", person.staffId()).isFalse();
        }
        assertThat(permitted(PRIVACY_OFFICER, nursesTicketIn(DESKTOP)))
                .containsExactlyInAnyOrder(Permission.VIEW_PERSONAL_DATA_READS, Permission.VERIFY_AUDIT_TRAIL);
    }

    @Test
    void theSystemClosesAnyResolvedTicketAndNobodyElseDoes() {
        assertThat(policy.permits(Actor.system(), Permission.CLOSE, nursesTicketIn(HIS_SUPPORT))).isTrue();
        for (Actor person : List.of(NURSE, AGENT, ENGINEER, SPECIALIST, LEAD, DIRECTOR)) {
            assertThat(policy.permits(person, Permission.CLOSE, nursesTicketIn(DESKTOP, DESKTOP, HIS_SUPPORT)))
                    .as("%s closes", person.staffId()).isFalse();
        }
    }

    @Test
    void theSystemDoesNoEngineeringOrDeskWork() {
        assertThat(permittedOnTickets(Actor.system(), nursesTicketIn(DESKTOP))).containsExactlyInAnyOrder(Permission.CLOSE,
                Permission.LOG_CONTACT, Permission.RAISE_TICKET, Permission.VIEW_TICKET, Permission.VIEW_CALLER_CONTACT,
                Permission.VIEW_INTERNAL_NOTES, Permission.VIEW_QUEUE,
                Permission.VIEW_SLA, Permission.MANAGE_SLA, Permission.VIEW_CMDB, Permission.MANAGE_CMDB,
                Permission.RECORD_AFFECTED_CI);
    }

    @Test
    void onlyTheConfigurationManagerAndTheSystemManageTheCmdb() {
        Actor manager = Actor.of("K0001", Role.CONFIGURATION_MANAGER);
        assertThat(permittedOnTickets(manager, nursesTicketIn(DESKTOP))).containsExactlyInAnyOrder(Permission.VIEW_CMDB,
                Permission.MANAGE_CMDB);
        for (Actor person : List.of(NURSE, AGENT, ENGINEER, SPECIALIST, LEAD, DIRECTOR)) {
            assertThat(policy.permits(person, Permission.MANAGE_CMDB, nursesTicketIn(DESKTOP)))
                    .as("%s manages the CMDB", person.staffId()).isFalse();
        }
    }

    // ---- several roles, custom tables, refusals -----------------------------------------

    @Test
    void anActorWithSeveralRolesHasTheUnionOfTheirPermissions() {
        Actor both = Actor.of("X0001", Role.REPORTER, Role.SERVICE_DESK_AGENT);
        AccessContext ownTicket = ticket(both.staffId(), DESKTOP);

        assertThat(permitted(both, ownTicket)).containsAll(permitted(AGENT, ownTicket)).contains(Permission.RATE);
    }

    @Test
    void scopesNameWhereAnActorHoldsAPermission() {
        assertThat(policy.scopes(AGENT, Permission.VIEW_TICKET)).containsExactly(Scope.ANY);
        assertThat(policy.scopes(ENGINEER, Permission.VIEW_TICKET)).containsExactly(Scope.GROUP);
        assertThat(policy.scopes(Actor.of("X1", Role.REPORTER, Role.FIRST_LINE_ENGINEER), Permission.VIEW_TICKET))
                .containsExactlyInAnyOrder(Scope.OWN, Scope.GROUP);
        assertThat(policy.scopes(Actor.of("K0001", Role.CONFIGURATION_MANAGER), Permission.VIEW_TICKET)).isEmpty();
    }

    @Test
    void aCustomTableGrantsOnlyWhatItLists() {
        AccessPolicy viewOnly = AccessPolicy.of(List.of(new AccessRule(Role.REPORTER, Permission.VIEW_TICKET, Scope.ANY)));

        assertThat(viewOnly.permits(NURSE, Permission.VIEW_TICKET, ticket(OTHER_CALLER, DESKTOP))).isTrue();
        assertThat(viewOnly.permits(NURSE, Permission.CONFIRM, nursesTicketIn(DESKTOP))).isFalse();
        assertThat(viewOnly.describe()).isEqualTo("REPORTER VIEW_TICKET ANY\n");
    }

    @Test
    void checkRefusesWithTheActorThePermissionAndTheRecord() {
        assertThatThrownBy(() -> policy.check(NURSE, Permission.RESOLVE, nursesTicketIn(DESKTOP), "INC-2026-000042"))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> {
                    assertThat(e.permission()).isEqualTo(Permission.RESOLVE);
                    assertThat(e.code()).isEqualTo("access.denied");
                    assertThat(e.getMessage()).isEqualTo("N1001 may not resolve on INC-2026-000042");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("N1001", "INC-2026-000042");
                });
    }

    @Test
    void checkLetsAPermittedActorThrough() {
        assertThatCode(() -> policy.check(NURSE, Permission.CONFIRM, nursesTicketIn(DESKTOP), "INC-2026-000042"))
                .doesNotThrowAnyException();
    }

    // ---- problems (issue 15) ---------------------------------------------------------------

    private static final Actor PROBLEM_MANAGER = Actor.of("PM001", Role.PROBLEM_MANAGER);
    private static final Set<Permission> PROBLEM_LIFECYCLE = EnumSet.of(Permission.LOG_PROBLEM,
            Permission.INVESTIGATE_PROBLEM, Permission.LINK_INCIDENT, Permission.PUBLISH_KNOWN_ERROR,
            Permission.RESOLVE_PROBLEM, Permission.CANCEL_PROBLEM, Permission.MANAGE_PROBLEM);

    /** A problem owned by {@code group} and managed by the problem manager, seen by an actor in {@code actorGroups}. */
    private static AccessContext problemOf(GroupId group, GroupId... actorGroups) {
        return new AccessContext(Optional.empty(), Optional.of(group), Optional.of(PROBLEM_MANAGER.staffId()),
                ImmutableSet.copyOf(actorGroups));
    }

    @Test
    void theProblemManagerRunsEveryProblemsLifecycleAndDecidesTheCandidates() {
        assertThat(permitted(PROBLEM_MANAGER, problemOf(HIS_SUPPORT))).containsAll(PROBLEM_LIFECYCLE)
                .contains(Permission.VIEW_PROBLEM, Permission.VIEW_PROBLEM_ANALYSIS,
                        Permission.VIEW_CANDIDATE_PROBLEMS, Permission.DECIDE_CANDIDATE_PROBLEMS)
                .contains(Permission.VIEW_TICKET, Permission.RESOLVE)
                .doesNotContain(Permission.VIEW_CALLER_CONTACT, Permission.APPLY_WORKAROUND);
    }

    @Test
    void aReporterNeitherSeesAProblemNorItsAnalysis() {
        assertThat(permitted(NURSE, problemOf(DESKTOP, DESKTOP)))
                .doesNotContain(Permission.VIEW_PROBLEM, Permission.VIEW_PROBLEM_ANALYSIS)
                .doesNotContainAnyElementsOf(PROBLEM_LIFECYCLE);
    }

    @Test
    void theDeskSeesProblemsLinksIncidentsAndAppliesWorkaroundsButNotTheAnalysis() {
        assertThat(permitted(AGENT, problemOf(HIS_SUPPORT))).contains(Permission.VIEW_PROBLEM,
                Permission.LINK_INCIDENT, Permission.APPLY_WORKAROUND).doesNotContain(Permission.VIEW_PROBLEM_ANALYSIS,
                Permission.INVESTIGATE_PROBLEM, Permission.PUBLISH_KNOWN_ERROR, Permission.RESOLVE_PROBLEM);
    }

    @Test
    void aSecondLineEngineerLogsProblemsAndInvestigatesTheirGroupsOnly() {
        assertThat(permitted(SPECIALIST, problemOf(HIS_SUPPORT, HIS_SUPPORT))).contains(Permission.LOG_PROBLEM,
                Permission.INVESTIGATE_PROBLEM, Permission.LINK_INCIDENT, Permission.VIEW_PROBLEM_ANALYSIS);
        assertThat(permitted(SPECIALIST, problemOf(DESKTOP, HIS_SUPPORT))).contains(Permission.VIEW_PROBLEM,
                Permission.LOG_PROBLEM).doesNotContain(Permission.INVESTIGATE_PROBLEM, Permission.LINK_INCIDENT);
        assertThat(permitted(SPECIALIST, problemOf(HIS_SUPPORT, HIS_SUPPORT))).doesNotContain(
                Permission.PUBLISH_KNOWN_ERROR, Permission.RESOLVE_PROBLEM, Permission.CANCEL_PROBLEM,
                Permission.MANAGE_PROBLEM, Permission.DECIDE_CANDIDATE_PROBLEMS);
    }

    @Test
    void aFirstLineEngineerReadsProblemsAndAppliesWorkaroundsWithoutWorkingThem() {
        assertThat(permitted(ENGINEER, problemOf(DESKTOP, DESKTOP))).contains(Permission.VIEW_PROBLEM,
                Permission.VIEW_PROBLEM_ANALYSIS, Permission.APPLY_WORKAROUND)
                .doesNotContainAnyElementsOf(PROBLEM_LIFECYCLE);
    }

    @Test
    void theVendorSeesOnlyTheVendorGroupsProblemsAndTheDirectorEveryAnalysis() {
        Actor vendor = Actor.of("V0001", Role.VENDOR_ENGINEER);
        GroupId vendorGroup = GroupId.of("his-vendor");

        assertThat(permitted(vendor, problemOf(vendorGroup, vendorGroup))).contains(Permission.VIEW_PROBLEM,
                Permission.VIEW_PROBLEM_ANALYSIS);
        assertThat(permitted(vendor, problemOf(HIS_SUPPORT, vendorGroup))).doesNotContain(Permission.VIEW_PROBLEM);
        assertThat(permitted(DIRECTOR, problemOf(HIS_SUPPORT))).contains(Permission.VIEW_PROBLEM,
                Permission.VIEW_PROBLEM_ANALYSIS, Permission.VIEW_CANDIDATE_PROBLEMS)
                .doesNotContainAnyElementsOf(PROBLEM_LIFECYCLE);
    }

    // ---- knowledge articles (issue 15) -----------------------------------------------------

    /** What {@code actor} may do on knowledge articles (which belong to no group: scope any). */
    private Set<Permission> permittedOnArticles(Actor actor) {
        Set<Permission> permitted = permitted(actor, AccessContext.general(List.of()));
        permitted.retainAll(ON_ARTICLES);
        return permitted;
    }

    @Test
    void aReporterAndTheVendorReadOnlyTheArticlesForAllStaff() {
        Actor vendor = Actor.of("V0001", Role.VENDOR_ENGINEER);

        assertThat(permittedOnArticles(NURSE)).containsExactly(Permission.VIEW_ARTICLE);
        assertThat(permittedOnArticles(vendor)).containsExactly(Permission.VIEW_ARTICLE);
    }

    @Test
    void engineersReadTheArticlesForEngineersAndWriteButNeitherReviewNorReadTheDesks() {
        for (Actor engineer : List.of(ENGINEER, SPECIALIST)) {
            assertThat(permittedOnArticles(engineer)).containsExactlyInAnyOrder(Permission.VIEW_ARTICLE,
                    Permission.VIEW_ENGINEER_ARTICLES, Permission.WRITE_ARTICLE);
        }
    }

    @Test
    void theDeskReadsEveryAudienceAndWritesButDoesNotReview() {
        assertThat(permittedOnArticles(AGENT)).containsExactlyInAnyOrder(Permission.VIEW_ARTICLE,
                Permission.VIEW_ENGINEER_ARTICLES, Permission.VIEW_DESK_ARTICLES, Permission.WRITE_ARTICLE);
    }

    @Test
    void leadsAndTheProblemManagerReviewPublishAndRetireTheDirectorOnlyReads() {
        assertThat(permittedOnArticles(LEAD)).contains(Permission.REVIEW_ARTICLE, Permission.RETIRE_ARTICLE)
                .doesNotContain(Permission.VIEW_DESK_ARTICLES);
        assertThat(permittedOnArticles(PROBLEM_MANAGER)).containsExactlyInAnyOrderElementsOf(ON_ARTICLES);
        assertThat(permittedOnArticles(DIRECTOR)).containsExactlyInAnyOrder(Permission.VIEW_ARTICLE,
                Permission.VIEW_ENGINEER_ARTICLES, Permission.VIEW_DESK_ARTICLES);
        assertThat(permittedOnArticles(PRIVACY_OFFICER)).isEmpty();
    }

    @Test
    void theDefaultTableListsEveryRuleOnceALine() {
        assertThat(policy.describe().lines()).hasSize(policy.rules().size()).doesNotHaveDuplicates()
                .contains("REPORTER CONFIRM OWN", "GROUP_LEAD ASSIGN GROUP", "SYSTEM CLOSE ANY");
    }

    // ---- changes and releases ------------------------------------------------------------

    private static final Actor CHANGE_MANAGER = Actor.of("M0101", Role.CHANGE_MANAGER);
    private static final Actor CAB_MEMBER = Actor.of("M0102", Role.CAB_MEMBER);
    private static final Actor RELEASE_MANAGER = Actor.of("M0103", Role.RELEASE_MANAGER);

    /** A change owned by {@code group}, seen by an actor in {@code actorGroups}. */
    private static AccessContext change(GroupId group, GroupId... actorGroups) {
        return AccessContext.of(StaffId.of("E0999"), group, List.of(actorGroups));
    }

    private Set<Permission> permittedOnChanges(Actor actor, AccessContext context) {
        Set<Permission> permitted = permitted(actor, context);
        permitted.retainAll(ON_CHANGES);
        return permitted;
    }

    @Test
    void theChangeManagerDoesEveryStepOfEveryChangeAndSeesReleases() {
        assertThat(permittedOnChanges(CHANGE_MANAGER, change(HIS_SUPPORT))).containsExactlyInAnyOrder(
                Permission.VIEW_CHANGE, Permission.RAISE_CHANGE, Permission.ASSESS_CHANGE, Permission.VOTE_ON_CHANGE,
                Permission.SCHEDULE_CHANGE, Permission.IMPLEMENT_CHANGE, Permission.REVIEW_CHANGE,
                Permission.CANCEL_CHANGE, Permission.MANAGE_CHANGE_CONFIGURATION, Permission.VIEW_RELEASE);
    }

    @Test
    void engineersRaiseImplementAndSeeTheirGroupsChangesOnly() {
        assertThat(permittedOnChanges(SPECIALIST, change(HIS_SUPPORT, HIS_SUPPORT))).containsExactlyInAnyOrder(
                Permission.VIEW_CHANGE, Permission.RAISE_CHANGE, Permission.IMPLEMENT_CHANGE);
        assertThat(permittedOnChanges(SPECIALIST, change(HIS_SUPPORT, DESKTOP))).isEmpty();
        assertThat(permittedOnChanges(LEAD, change(HIS_SUPPORT, DESKTOP))).containsExactlyInAnyOrder(
                Permission.VIEW_CHANGE, Permission.VOTE_ON_CHANGE);
    }

    @Test
    void cabMembersAndTheDirectorSeeAndVoteTheDeskOnlySees() {
        assertThat(permittedOnChanges(CAB_MEMBER, change(HIS_SUPPORT))).containsExactlyInAnyOrder(
                Permission.VIEW_CHANGE, Permission.VOTE_ON_CHANGE);
        assertThat(permittedOnChanges(DIRECTOR, change(HIS_SUPPORT))).containsExactlyInAnyOrder(
                Permission.VIEW_CHANGE, Permission.VOTE_ON_CHANGE, Permission.VIEW_RELEASE);
        assertThat(permittedOnChanges(AGENT, change(HIS_SUPPORT))).containsExactly(Permission.VIEW_CHANGE);
        assertThat(permittedOnChanges(NURSE, change(HIS_SUPPORT))).isEmpty();
    }

    @Test
    void theReleaseManagerRunsReleasesAndSeesChanges() {
        assertThat(permittedOnChanges(RELEASE_MANAGER, change(HIS_SUPPORT))).containsExactlyInAnyOrder(
                Permission.VIEW_CHANGE, Permission.VIEW_RELEASE, Permission.MANAGE_RELEASE,
                Permission.DECIDE_RELEASE_STAGE, Permission.DEPLOY_RELEASE);
    }

    // ---- the duty roster (issue 17) --------------------------------------------------------

    /** A roster or handover of {@code group}, seen by an actor in {@code actorGroups}. */
    private static AccessContext rosterOf(GroupId group, GroupId... actorGroups) {
        return new AccessContext(java.util.Optional.empty(), java.util.Optional.of(group), java.util.Optional.empty(),
                com.google.common.collect.ImmutableSet.copyOf(actorGroups));
    }

    private Set<Permission> permittedOnRosters(Actor actor, AccessContext context) {
        Set<Permission> permitted = permitted(actor, context);
        permitted.retainAll(ON_ROSTERS);
        return permitted;
    }

    @Test
    void engineersSeeTheirGroupsRosterAskForSwapsAndWriteAndSignHandoversButDoNotManageIt() {
        assertThat(permittedOnRosters(ENGINEER, rosterOf(DESKTOP, DESKTOP))).containsExactlyInAnyOrder(
                Permission.VIEW_ROSTER, Permission.REQUEST_SWAP, Permission.WRITE_HANDOVER, Permission.SIGN_HANDOVER,
                Permission.VIEW_HANDOVER);
        assertThat(permittedOnRosters(ENGINEER, rosterOf(HIS_SUPPORT, DESKTOP))).isEmpty();
        assertThat(permittedOnRosters(SPECIALIST, rosterOf(HIS_SUPPORT, HIS_SUPPORT)))
                .contains(Permission.VIEW_ROSTER).doesNotContain(Permission.MANAGE_ROSTER, Permission.DECIDE_SWAP);
    }

    @Test
    void theLeadManagesTheirGroupsShiftsRosterAndSwapsOnly() {
        assertThat(permittedOnRosters(LEAD, rosterOf(DESKTOP, DESKTOP))).isEqualTo(ON_ROSTERS);
        assertThat(permittedOnRosters(LEAD, rosterOf(HIS_SUPPORT, DESKTOP))).isEmpty();
    }

    @Test
    void theDeskSeesEveryRosterTheDirectorEveryRosterAndHandoverAndNeitherChangesThem() {
        assertThat(permittedOnRosters(AGENT, rosterOf(HIS_SUPPORT))).containsExactly(Permission.VIEW_ROSTER);
        assertThat(permittedOnRosters(DIRECTOR, rosterOf(HIS_SUPPORT))).containsExactlyInAnyOrder(
                Permission.VIEW_ROSTER, Permission.VIEW_HANDOVER);
        assertThat(permittedOnRosters(NURSE, rosterOf(DESKTOP))).isEmpty();
    }

    // ---- the operations records (issue 18) ----------------------------------------------------

    private Set<Permission> permittedOnOperations(Actor actor, AccessContext context) {
        Set<Permission> permitted = permitted(actor, context);
        permitted.retainAll(ON_OPERATIONS);
        return permitted;
    }

    @Test
    void engineersKeepTheirGroupsRoundsAndBackupsAndTheCentresLogRepairsAndStockButDefineNothing() {
        assertThat(permittedOnOperations(ENGINEER, rosterOf(DESKTOP, DESKTOP))).containsExactlyInAnyOrder(
                Permission.VIEW_INSPECTIONS, Permission.RECORD_INSPECTION, Permission.VIEW_BACKUPS,
                Permission.RECORD_BACKUP_RUN, Permission.RECORD_RESTORE_TEST, Permission.VIEW_MACHINE_ROOM_LOG,
                Permission.WRITE_MACHINE_ROOM_LOG, Permission.POST_ENVIRONMENT_READING, Permission.VIEW_REPAIRS,
                Permission.RECORD_REPAIR, Permission.VIEW_STOCK, Permission.MOVE_STOCK);
        assertThat(permittedOnOperations(ENGINEER, rosterOf(HIS_SUPPORT, DESKTOP)))
                .doesNotContain(Permission.VIEW_INSPECTIONS, Permission.RECORD_INSPECTION, Permission.VIEW_BACKUPS,
                        Permission.RECORD_BACKUP_RUN);
    }

    @Test
    void theLeadAlsoDefinesTheirGroupsTemplatesSchedulesAndJobsAndTheStockItems() {
        assertThat(permittedOnOperations(LEAD, rosterOf(DESKTOP, DESKTOP))).isEqualTo(ON_OPERATIONS);
        assertThat(permittedOnOperations(LEAD, rosterOf(HIS_SUPPORT, DESKTOP)))
                .doesNotContain(Permission.MANAGE_INSPECTIONS, Permission.MANAGE_BACKUP_JOBS)
                .contains(Permission.MANAGE_STOCK_ITEMS, Permission.TAKE_STOCK);
    }

    @Test
    void aReporterSeesNoOperationsRecordAndTheSystemPostsReadingsAndBackupRunsOnly() {
        assertThat(permittedOnOperations(NURSE, rosterOf(DESKTOP))).isEmpty();
        assertThat(permittedOnOperations(Actor.system(), rosterOf(DESKTOP))).containsExactlyInAnyOrder(
                Permission.VIEW_INSPECTIONS, Permission.VIEW_BACKUPS, Permission.RECORD_BACKUP_RUN,
                Permission.VIEW_MACHINE_ROOM_LOG, Permission.POST_ENVIRONMENT_READING, Permission.VIEW_STOCK);
    }

    // ---- notifications (issue 19) -------------------------------------------------------------

    private Set<Permission> permittedOnNotifications(Actor actor, AccessContext context) {
        Set<Permission> permitted = permitted(actor, context);
        permitted.retainAll(ON_NOTIFICATIONS);
        return permitted;
    }

    @Test
    void theDirectorRunsTheHospitalsNotificationsAndALeadTheRulesAndRobotsOfTheirGroups() {
        assertThat(permittedOnNotifications(DIRECTOR, rosterOf(HIS_SUPPORT))).isEqualTo(ON_NOTIFICATIONS);
        assertThat(permittedOnNotifications(LEAD, rosterOf(DESKTOP, DESKTOP))).contains(
                Permission.VIEW_NOTIFICATIONS, Permission.MANAGE_NOTIFICATION_RULES)
                .doesNotContain(Permission.MANAGE_WEBHOOKS, Permission.MANAGE_DEAD_LETTERS);
        assertThat(permittedOnNotifications(LEAD, rosterOf(HIS_SUPPORT, DESKTOP)))
                .doesNotContain(Permission.VIEW_NOTIFICATIONS, Permission.MANAGE_NOTIFICATION_RULES);
    }

    @Test
    void theSystemSubscribesWebhooksAndNobodyElseBelowTheDirectorDoes() {
        assertThat(permittedOnNotifications(Actor.system(), rosterOf(DESKTOP))).containsExactlyInAnyOrder(
                Permission.VIEW_NOTIFICATIONS, Permission.MANAGE_WEBHOOKS);
        assertThat(permittedOnNotifications(ENGINEER, rosterOf(DESKTOP, DESKTOP))).doesNotContain(
                Permission.MANAGE_WEBHOOKS, Permission.MANAGE_NOTIFICATION_RULES, Permission.VIEW_NOTIFICATIONS);
        assertThat(permittedOnNotifications(NURSE, rosterOf(DESKTOP))).doesNotContain(Permission.MANAGE_WEBHOOKS);
    }

    @Test
    void everyoneSetsTheirOwnPreferenceAndOnlyTheDirectorAnyonesElse() {
        AccessContext nursesOwn = AccessContext.onBehalfOf(NURSE.staffId(), java.util.List.of());
        AccessContext engineersOwn = AccessContext.onBehalfOf(ENGINEER.staffId(), java.util.List.of(DESKTOP));
        assertThat(permittedOnNotifications(NURSE, nursesOwn)).containsExactly(Permission.SET_NOTIFICATION_PREFERENCE);
        assertThat(permittedOnNotifications(NURSE, engineersOwn)).isEmpty();
        assertThat(permittedOnNotifications(LEAD, AccessContext.onBehalfOf(ENGINEER.staffId(), java.util.List.of(DESKTOP))))
                .doesNotContain(Permission.SET_NOTIFICATION_PREFERENCE);
        assertThat(permittedOnNotifications(DIRECTOR, engineersOwn)).contains(Permission.SET_NOTIFICATION_PREFERENCE);
    }

    // ---- monitoring and availability (issue 20) -----------------------------------------------

    private Set<Permission> permittedOnMonitoring(Actor actor, AccessContext context) {
        Set<Permission> permitted = permitted(actor, context);
        permitted.retainAll(ON_MONITORING);
        return permitted;
    }

    @Test
    void theDirectorRegistersSourcesAndSetsTargetsAndTheConfigurationManagerMapsAlerts() {
        assertThat(permittedOnMonitoring(DIRECTOR, rosterOf(HIS_SUPPORT))).isEqualTo(ON_MONITORING);
        assertThat(permittedOnMonitoring(Actor.of("K0001", Role.CONFIGURATION_MANAGER), rosterOf(DESKTOP))).containsExactlyInAnyOrder(
                Permission.VIEW_MONITORING, Permission.MANAGE_ALERT_MAPPINGS, Permission.VIEW_AVAILABILITY);
        assertThat(permittedOnMonitoring(LEAD, rosterOf(DESKTOP, DESKTOP))).doesNotContain(
                Permission.MANAGE_ALERT_SOURCES, Permission.MANAGE_ALERT_MAPPINGS, Permission.MANAGE_AVAILABILITY_TARGETS);
    }

    @Test
    void engineersDeclareOutagesOnTheirGroupsIncidentsOnlyAndReportersSeeNoMonitoring() {
        assertThat(permittedOnMonitoring(ENGINEER, rosterOf(DESKTOP, DESKTOP))).contains(Permission.DECLARE_OUTAGE,
                Permission.VIEW_MONITORING, Permission.VIEW_AVAILABILITY);
        assertThat(permittedOnMonitoring(ENGINEER, rosterOf(HIS_SUPPORT, DESKTOP)))
                .doesNotContain(Permission.DECLARE_OUTAGE);
        assertThat(permittedOnMonitoring(NURSE, rosterOf(DESKTOP))).isEmpty();
        assertThat(permittedOnMonitoring(Actor.system(), rosterOf(DESKTOP))).containsExactlyInAnyOrder(
                Permission.VIEW_MONITORING, Permission.VIEW_AVAILABILITY);
    }
}
