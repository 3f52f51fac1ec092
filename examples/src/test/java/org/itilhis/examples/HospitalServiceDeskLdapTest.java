package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.sdk.LDAPException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.ldap.LdapStaffDirectory;
import org.itilhis.adapters.ldap.RefreshResult;
import org.itilhis.core.shared.StaffId;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hospital service desk on the hospital's LDAP directory ({@link HospitalDirectory}) in
 * place of the demo hospital's: a desk agent whom only the directory knows signs in with the
 * hospital's provider and raises a ticket, a leaver's valid token and a demo token of someone
 * the directory dropped are refused.
 */
class HospitalServiceDeskLdapTest {
    private static HospitalIdentityProvider sso;

    private HospitalDirectory ldap;

    @TempDir
    Path data;

    @BeforeAll
    static void startProvider() {
        sso = new HospitalIdentityProvider();
    }

    @AfterAll
    static void stopProvider() {
        sso.close();
    }

    @BeforeEach
    void startDirectory() {
        ldap = new HospitalDirectory();
    }

    @AfterEach
    void stopDirectory() {
        ldap.close();
    }

    private ServerConfiguration onTheDirectory(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(ldap.settings(data));
        settings.putAll(Map.of("ITILHIS_PORT", "0", "ITILHIS_DATA_DIR", data.toString()));
        settings.putAll(more);
        return ServerConfiguration.of(settings);
    }

    private ServerConfiguration onTheDirectoryWithTheProvider() {
        return onTheDirectory(Map.of("ITILHIS_OIDC_ISSUER", sso.issuer().toString(),
                "ITILHIS_OIDC_AUDIENCE", HospitalIdentityProvider.AUDIENCE, "ITILHIS_OIDC_TIMEOUT_SECONDS", "30"));
    }

    private static String agentToken(String staffId) {
        return sso.token(HospitalIdentityProvider.AUDIENCE, HospitalIdentityProvider.claims(staffId,
                List.of("SERVICE_DESK_AGENT")));
    }

    @Test
    void aDeskAgentOnlyTheDirectoryKnowsSignsInWithTheProviderAndRaisesAnIncident() {
        assertThat(DemoHospital.directory().member(StaffId.of("S0002"))).as("not a demo person").isEmpty();
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(onTheDirectoryWithTheProvider())) {
            DeskClient agentHe = new DeskClient(desk, person -> agentToken("S0002"));

            assertThat(desk.directory()).isInstanceOf(LdapStaffDirectory.class);
            JsonNode contact = agentHe.logContact("ldap-1", DeskClient.call("C2001", "outpatient-registration",
                    "Registration window 3 cannot register"));
            DeskClient.Reply raised = agentHe.raise(contact.get("id").asText(), "ldap-1-raise",
                    DeskClient.registrationIncident());

            assertThat(contact.get("loggedBy").asText()).isEqualTo("S0002");
            assertThat(raised.status()).as("%s", raised).isEqualTo(201);
            assertThat(raised.json().get("group").asText()).as("routed to the directory's group")
                    .isEqualTo("desktop-first-line");
        }
    }

    @Test
    void aLeaversValidTokenIsRefusedAndSoIsTheTokenOfSomeoneDeletedAtTheNextRefresh() throws LDAPException {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(onTheDirectoryWithTheProvider())) {
            String leaver = sso.token(HospitalIdentityProvider.AUDIENCE, HospitalIdentityProvider.claims("E0199",
                    List.of("FIRST_LINE_ENGINEER")));
            String agentHe = agentToken("S0002");

            assertThat(new DeskClient(desk, person -> leaver).get("E0199", "/queue").status())
                    .as("marked employeeType: left").isEqualTo(401);
            assertThat(new DeskClient(desk, person -> agentHe).get("S0002", "/queue").status()).isEqualTo(200);

            ldap.delete("S0002");
            assertThat(((LdapStaffDirectory) desk.directory()).refresh()).isInstanceOf(RefreshResult.Refreshed.class);

            assertThat(new DeskClient(desk, person -> agentHe).get("S0002", "/queue").status()).isEqualTo(401);
        }
    }

    @Test
    void theDemoTokensOfPeopleTheDirectoryNoLongerHasAreRefused() throws LDAPException {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(onTheDirectory(Map.of()))) {
            DeskClient client = new DeskClient(desk);
            assertThat(client.get("AGENT_CHEN", "/queue").status()).isEqualTo(200);

            ldap.delete("S0001");
            ((LdapStaffDirectory) desk.directory()).refresh();

            assertThat(client.get("AGENT_CHEN", "/queue").status()).isEqualTo(401);
            assertThat(client.get("DIRECTOR_GAO", "/queue").status()).isEqualTo(200);
        }
    }

    @Test
    void theStartUpLinesNameTheDirectoryButNotItsPassword() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(onTheDirectory(Map.of()))) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            new Welcome(new PrintStream(printed, true, StandardCharsets.UTF_8)).print(desk);
            String lines = printed.toString(StandardCharsets.UTF_8);

            assertThat(lines).contains("directory  LDAP " + ldap.url() + " (OpenLDAP, people under "
                    + HospitalDirectory.PEOPLE + ", groups under " + HospitalDirectory.GROUPS + ", bound as "
                    + HospitalDirectory.READER + "), read every 15 min");
            assertThat(lines).contains("service-desk").contains("S0002").doesNotContain(ldap.password);
        }
    }

    @Test
    void anUnreachableDirectoryStopsTheStartNamingTheSetting() {
        ServerConfiguration nowhere = onTheDirectory(Map.of("ITILHIS_LDAP_URL", "ldap://127.0.0.1:1"));

        assertThatThrownBy(() -> HospitalServiceDesk.start(nowhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ITILHIS_LDAP_URL: cannot connect to")
                .hasMessageContaining("check the ITILHIS_LDAP_ settings")
                .hasMessageNotContaining(ldap.password);
    }
}
