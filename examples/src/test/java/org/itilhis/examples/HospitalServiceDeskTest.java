package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hospital service desk as its users meet it: started on a free loopback port with an H2
 * file database in a data directory of its own, driven over HTTP, stopped and started again.
 */
class HospitalServiceDeskTest {
    @TempDir
    Path data;

    private ServerConfiguration configuration() {
        return ServerConfiguration.of(Map.of("ITILHIS_PORT", "0", "ITILHIS_DATA_DIR", data.toString()));
    }

    @Test
    void startsOnAnH2FileDatabaseInTheDataDirectoryWithDemoTokens() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration())) {
            DeskClient client = new DeskClient(desk);

            assertThat(desk.dialect()).isEqualTo(Dialect.H2);
            assertThat(desk.apiUri().toString()).startsWith("http://127.0.0.1:").endsWith("/api/v1");
            assertThat(data.resolve("itilhis.mv.db")).exists();
            assertThat(data.resolve(DemoTokens.FILE_NAME)).exists();
            assertThat(client.get(null, "/health").status()).isEqualTo(200);
            assertThat(client.get(null, "/queue").status()).as("no token").isEqualTo(401);
            assertThat(client.get("DIRECTOR_GAO", "/queue").status()).isEqualTo(200);
            var reads = client.get("PRIVACY_OFFICER_HE", "/audit/personal-data-reads?reader=M0001");
            assertThat(reads.status()).as("the read log is served on the JDBC store").isEqualTo(200);
            assertThat(reads.json().get("items").isArray()).isTrue();
            assertThat(client.get("DIRECTOR_GAO", "/audit/personal-data-reads").status()).isEqualTo(403);
        }
    }

    @Test
    void problemManagementIsServedOnTheDatabase() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration())) {
            DeskClient client = new DeskClient(desk);
            var problem = DeskClient.object().put("summary", "Registration certificates expire").put("category", "his")
                    .put("impact", "ONE_DEPARTMENT").put("urgency", "SEVERELY_DEGRADED").put("criticality", "IMPORTANT")
                    .put("manager", "PM001").put("group", "his-second-line");

            var logged = client.post("PROBLEM_MANAGER_ZHAO", "/problems", problem, "Idempotency-Key", "certificates");

            assertThat(logged.status()).as("%s", logged).isEqualTo(201);
            var read = client.get("AGENT_CHEN", "/problems/" + logged.json().get("number").asText());
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("analysisWithheld").asBoolean()).isTrue();
            assertThat(client.get("AGENT_CHEN", "/known-errors").status()).isEqualTo(200);
            assertThat(client.get("PROBLEM_MANAGER_ZHAO", "/problem-candidates").status()).isEqualTo(200);
            assertThat(client.get("NURSE_WANG", "/problems/" + logged.json().get("id").asText()).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void theStartUpLinesShowOnlyThePrefixOfEachTokenAndWhenTheyExpire() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration())) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            new Welcome(new PrintStream(printed, true, StandardCharsets.UTF_8)).print(desk);
            String lines = printed.toString(StandardCharsets.UTF_8);

            DemoTokens tokens = desk.tokens().orElseThrow();
            assertThat(lines).contains("sign-in    demo tokens").contains("valid until " + tokens.expiresAt());
            for (String name : DemoTokens.PEOPLE.keySet()) {
                assertThat(lines).contains(tokens.prefix(name)).doesNotContain(tokens.token(name));
            }
        }
    }

    @Test
    void theDemoCmdbIsStoredOnceAndServedOverHttp() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration())) {
            DeskClient client = new DeskClient(desk);

            var found = client.get("AGENT_CHEN", "/cis?hostname=his-app01");
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("items")).hasSize(1);
            assertThat(client.get("CONFIG_MANAGER_QIAN", "/ci-classes").status()).isEqualTo(200);
            assertThat(client.get("NURSE_WANG", "/cis?hostname=his-app01").status()).isEqualTo(403);
        }
        try (HospitalServiceDesk again = HospitalServiceDesk.start(configuration())) {
            var all = new DeskClient(again).get("AGENT_CHEN", "/cis?limit=500");
            assertThat(all.json().get("items")).as("the demo is stored once")
                    .hasSize(DemoCmdb.assetTags().size() + DemoOperations.registeredTags().size());
            assertThat(new DeskClient(again).get("AGENT_CHEN", "/cis?hostname=his-app01").json().get("items")).hasSize(1);
        }
    }

    /** The demo month's stock (DemoOperations) is stored once and served over HTTP on the database. */
    @Test
    void theDemoStockIsStoredOnceAndServedOverHttp() {
        String ledger = "/stock/items/" + DemoOperations.TONER + "/ledger?limit=100";
        int movements;
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration())) {
            DeskClient client = new DeskClient(desk);

            var balances = client.get("ENGINEER_LIU", "/stock/items/" + DemoOperations.TONER + "/balances");
            assertThat(balances.status()).as("%s", balances).isEqualTo(200);
            assertThat(balances.json().get("items")).extracting(b -> b.get("room").asText())
                    .contains(DemoOperations.IT_STORE);
            assertThat(balances.json().get("items")).allSatisfy(b -> assertThat(b.get("quantity").asLong())
                    .isNotNegative());
            assertThat(client.get("NURSE_WANG", "/stock/items").status()).isEqualTo(403);
            movements = client.get("DIRECTOR_GAO", ledger).json().get("items").size();
            assertThat(movements).as("received, issued and transferred in the demo month").isGreaterThan(2);
        }
        try (HospitalServiceDesk again = HospitalServiceDesk.start(configuration())) {
            assertThat(new DeskClient(again).get("DIRECTOR_GAO", ledger).json().get("items"))
                    .as("the demo is stored once").hasSize(movements);
        }
    }

    @Test
    void afterARestartOnTheSameH2FileEverythingIsFoundAgainAndRetriesCreateNothing() throws IOException {
        RestartScenario scenario = new RestartScenario();
        HospitalServiceDesk first = HospitalServiceDesk.start(configuration());
        scenario.beforeRestart(new DeskClient(first));
        String tokens = Files.readString(data.resolve(DemoTokens.FILE_NAME));
        first.close();
        assertThat(first.closedCleanly()).isTrue();

        try (HospitalServiceDesk second = HospitalServiceDesk.start(configuration())) {
            assertThat(Files.readString(data.resolve(DemoTokens.FILE_NAME))).as("the same tokens").isEqualTo(tokens);
            scenario.afterRestart(new DeskClient(second));
        }
    }

    @Test
    void closingTwiceClosesOnce() throws InterruptedException {
        HospitalServiceDesk desk = HospitalServiceDesk.start(configuration());
        desk.close();
        desk.close();
        desk.awaitClose();

        assertThat(desk.closedCleanly()).isTrue();
    }

    @Test
    void aTakenPortIsReportedWithTheSettingToChange() {
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration())) {
            ServerConfiguration samePort = ServerConfiguration.of(Map.of("ITILHIS_PORT", String.valueOf(desk.port()),
                    "ITILHIS_DATA_DIR", data.resolve("other").toString()));

            assertThatThrownBy(() -> HospitalServiceDesk.start(samePort))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ITILHIS_PORT");
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithTheSettingsToCheck() {
        ServerConfiguration nowhere = ServerConfiguration.of(Map.of("ITILHIS_PORT", "0",
                "ITILHIS_DATA_DIR", data.toString(), "ITILHIS_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere",
                "ITILHIS_DB_USER", "postgres"));

        assertThatThrownBy(() -> HospitalServiceDesk.start(nowhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/nowhere")
                .hasMessageContaining("ITILHIS_DB_URL");
    }
}
