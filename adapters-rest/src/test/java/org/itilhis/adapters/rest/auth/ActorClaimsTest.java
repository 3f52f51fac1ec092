package org.itilhis.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class ActorClaimsTest {

    @Test
    void byDefaultTheStaffIdIsThePreferredUsernameAndRolesAreNamedAsTheLibraryNamesThem() {
        ActorClaims.Outcome outcome = ActorClaims.byDefault().actorOf(Map.of("preferred_username", "E0100",
                "roles", List.of("first-line-engineer", "GROUP_LEAD", "offline_access")));

        assertThat(outcome).isEqualTo(new ActorClaims.Outcome.Mapped(
                Actor.of("E0100", Role.FIRST_LINE_ENGINEER, Role.GROUP_LEAD)));
    }

    @Test
    void theSystemRoleIsNeverGrantedByItsName() {
        ActorClaims.Outcome outcome = ActorClaims.byDefault().actorOf(Map.of("preferred_username", "E0100",
                "roles", List.of("SYSTEM")));

        assertThat(outcome).isInstanceOf(ActorClaims.Outcome.Refused.class);
    }

    /** Keycloak: the staff number as a user attribute, realm roles nested under realm_access. */
    @Test
    void nestedClaimsAreReadByTheirDottedPathAndOnlyMappedNamesCount() {
        ActorClaims keycloak = ActorClaims.builder()
                .staffIdClaim("employee_id")
                .rolesClaims("realm_access.roles", "groups")
                .role("itil-desk", Role.SERVICE_DESK_AGENT)
                .role("/it/network", Role.SECOND_LINE_ENGINEER, Role.CONFIGURATION_MANAGER)
                .build();

        ActorClaims.Outcome outcome = keycloak.actorOf(Map.of("preferred_username", "chen.xiaoling",
                "employee_id", 10023,
                "realm_access", Map.of("roles", List.of("itil-desk", "SERVICE_DESK_AGENT", "IT_DIRECTOR")),
                "groups", List.of("/it/network", "/wards/5-east")));

        assertThat(outcome).isEqualTo(new ActorClaims.Outcome.Mapped(Actor.of("10023", Role.SERVICE_DESK_AGENT,
                Role.SECOND_LINE_ENGINEER, Role.CONFIGURATION_MANAGER)));
    }

    /** AD FS: claim types are URIs, with dots that are no path; a single role is a plain string. */
    @Test
    void aClaimNamedWithDotsIsReadWholeAndAStringListsNamesSeparatedByBlanks() {
        String roleClaim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";
        ActorClaims adfs = ActorClaims.builder().staffIdClaim("upn").rolesClaims(roleClaim)
                .role("ITIL Desk", Role.SERVICE_DESK_AGENT).role("reporter", Role.REPORTER).build();

        assertThat(adfs.actorOf(Map.of("upn", "S0001", roleClaim, "reporter")))
                .isEqualTo(new ActorClaims.Outcome.Mapped(Actor.of("S0001", Role.REPORTER)));
        assertThat(ActorClaims.builder().rolesClaims("scp").build()
                .actorOf(Map.of("preferred_username", "S0001", "scp", "openid service_desk_agent")))
                .isEqualTo(new ActorClaims.Outcome.Mapped(Actor.of("S0001", Role.SERVICE_DESK_AGENT)));
    }

    @Test
    void rolesOfEveryoneLetAnyMemberOfStaffReportAProblem() {
        ActorClaims claims = ActorClaims.builder().rolesOfEveryone(Role.REPORTER).build();

        assertThat(claims.actorOf(Map.of("preferred_username", "N1001")))
                .isEqualTo(new ActorClaims.Outcome.Mapped(Actor.of("N1001", Role.REPORTER)));
    }

    /** Roles kept in the hospital's directory (its LDAP groups) rather than in the token. */
    @Test
    void withRolesFromTheDirectoryTheTokensRolesAreNotReadAndWhomItGrantsNothingIsRefused() {
        Map<StaffId, Set<Role>> directory = Map.of(StaffId.of("S0001"), Set.of(Role.SERVICE_DESK_AGENT),
                StaffId.of("E0199"), Set.of(), StaffId.of("X0001"), Set.of(Role.SYSTEM));
        ActorClaims claims = ActorClaims.builder()
                .rolesFromDirectory(staff -> directory.getOrDefault(staff, Set.of())).build();

        assertThat(claims.actorOf(Map.of("preferred_username", "S0001", "roles", List.of("IT_DIRECTOR"))))
                .isEqualTo(new ActorClaims.Outcome.Mapped(Actor.of("S0001", Role.SERVICE_DESK_AGENT)));
        assertThat(claims.actorOf(Map.of("preferred_username", "E0199", "roles", List.of("IT_DIRECTOR"))))
                .isEqualTo(new ActorClaims.Outcome.Refused("the directory grants the person no role of this service"));
        assertThat(claims.actorOf(Map.of("preferred_username", "X0001")))
                .as("the system's role is never granted to a person").isInstanceOf(ActorClaims.Outcome.Refused.class);
        assertThat(ActorClaims.builder().rolesOfEveryone(Role.REPORTER)
                .rolesFromDirectory(staff -> directory.getOrDefault(staff, Set.of())).build()
                .actorOf(Map.of("preferred_username", "E0199")))
                .isEqualTo(new ActorClaims.Outcome.Mapped(Actor.of("E0199", Role.REPORTER)));
    }

    @Test
    void withoutAStaffIdOrARoleThereIsNoActorAndTheReasonNamesTheClaimButNotItsValue() {
        ActorClaims claims = ActorClaims.byDefault();

        assertThat(claims.actorOf(Map.of("roles", List.of("REPORTER"))))
                .isEqualTo(new ActorClaims.Outcome.Refused("claim preferred_username is missing or not a string"));
        assertThat(claims.actorOf(Map.of("preferred_username", List.of("N1001"), "roles", List.of("REPORTER"))))
                .isInstanceOf(ActorClaims.Outcome.Refused.class);
        assertThat(claims.actorOf(Map.of("preferred_username", " ", "roles", List.of("REPORTER"))))
                .isEqualTo(new ActorClaims.Outcome.Refused(
                        "claim preferred_username is blank or longer than 64 characters"));
        assertThat(claims.actorOf(Map.of("preferred_username", "N1001", "roles", List.of("nurse"))))
                .isEqualTo(new ActorClaims.Outcome.Refused("no name in [roles] grants a role of this service"));
    }

    @Test
    void aMisconfigurationNamesTheSetting() {
        assertThatThrownBy(() -> ActorClaims.builder().staffIdClaim(" "))
                .hasMessage("staffIdClaim: the claim name is blank");
        assertThatThrownBy(() -> ActorClaims.builder().role("itil-desk"))
                .hasMessage("role itil-desk: map it to at least one role");
    }
}
