package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.shared.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hospital service desk signing people in with the hospital's OpenID Connect provider, a
 * real one started by the test ({@link HospitalIdentityProvider}): its tokens work, a token
 * it did not sign or issued for another service gets 401, and the demo tokens stay off unless
 * asked for.
 */
class HospitalServiceDeskSignInTest {
    private static HospitalIdentityProvider sso;

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

    private ServerConfiguration signingInWithTheProvider(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("ITILHIS_PORT", "0", "ITILHIS_DATA_DIR", data.toString(),
                "ITILHIS_OIDC_ISSUER", sso.issuer().toString(), "ITILHIS_OIDC_AUDIENCE", HospitalIdentityProvider.AUDIENCE,
                // generous: a build machine under load may take longer than the 2 s default to serve the keys
                "ITILHIS_OIDC_TIMEOUT_SECONDS", "30"));
        settings.putAll(more);
        return ServerConfiguration.of(settings);
    }

    /** The provider's token for each demo person, by the names DemoTokens gives them. */
    private static String tokenOf(String person) {
        Actor actor = DemoTokens.PEOPLE.get(person);
        return sso.tokenFor(actor);
    }

    @Test
    void theProvidersTokenSignsTheAgentInAndTheContactIsLoggedInTheirName() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(signingInWithTheProvider(Map.of()))) {
            DeskClient client = new DeskClient(desk, HospitalServiceDeskSignInTest::tokenOf);

            DeskClient.Reply queue = client.get("AGENT_CHEN", "/queue");
            JsonNode logged = client.logContact("sso-1",
                    DeskClient.call(NURSE_WANG.staffId().value(), "ward-5-east", "Label printer offline"));

            assertThat(queue.status()).as("%s", queue).isEqualTo(200);
            assertThat(logged.get("loggedBy").asText()).isEqualTo(AGENT_CHEN.staffId().value());
            assertThat(client.get("NURSE_WANG", "/cis?hostname=his-app01").status())
                    .as("the nurse's token signs her in, with her roles").isEqualTo(403);
        }
    }

    @Test
    void aTokenTheProviderDidNotIssueForThisServiceGets401() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(signingInWithTheProvider(Map.of()))) {
            String good = sso.tokenFor(AGENT_CHEN);
            String[] parts = good.split("\\.");
            String forgedSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
            String forPharmacy = sso.token("pharmacy-system", HospitalIdentityProvider.claims("S0001",
                    List.of("SERVICE_DESK_AGENT")));
            String unknownPerson = sso.token(HospitalIdentityProvider.AUDIENCE, HospitalIdentityProvider.claims("X9999",
                    List.of("SERVICE_DESK_AGENT")));

            for (String bad : List.of(forgedSignature, forPharmacy, unknownPerson, "not-a-token-at-all")) {
                DeskClient.Reply refused = new DeskClient(desk, person -> bad).get("AGENT_CHEN", "/queue");
                assertThat(refused.status()).as("%s", refused).isEqualTo(401);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            }
            assertThat(new DeskClient(desk, person -> good).get("AGENT_CHEN", "/queue").status()).isEqualTo(200);
        }
    }

    @Test
    void withTheProviderTheDemoTokensAreOffUnlessAskedFor() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(signingInWithTheProvider(Map.of()))) {
            assertThat(desk.tokens()).isEmpty();
            assertThat(data.resolve(DemoTokens.FILE_NAME)).doesNotExist();
        }
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(signingInWithTheProvider(
                Map.of("ITILHIS_DEMO_TOKENS", "true")))) {
            assertThat(new DeskClient(desk).get("AGENT_CHEN", "/queue").status()).as("a demo token").isEqualTo(200);
            assertThat(new DeskClient(desk, HospitalServiceDeskSignInTest::tokenOf).get("AGENT_CHEN", "/queue").status())
                    .as("the provider's token").isEqualTo(200);
        }
    }

    @Test
    void theStartUpLinesNameTheProviderAndShowNoDemoTokens() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(signingInWithTheProvider(Map.of()))) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            new Welcome(new PrintStream(printed, true, StandardCharsets.UTF_8)).print(desk);
            String lines = printed.toString(StandardCharsets.UTF_8);

            assertThat(lines).contains("sign-in    OpenID Connect provider " + sso.issuer()
                    + " (audience itilhis, staff id from preferred_username, roles from roles); demo tokens off");
            assertThat(lines).doesNotContain("Demo bearer tokens");
        }
    }
}
