package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.MachineRoomLogHttp.PATH;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.core.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The machine room log over HTTP: a Huawei engineer enters machine room 1 without an escort
 * (flagged, lead Ma told), leaves once; the room's sensor integration posts the temperature and
 * humidity (one out of range) and engineer Liu reads the UPS load; the mains fail for twelve
 * minutes; the director pages through the room's night; and the bad input (a reading
 * in the wrong unit or not a number, a time in the future, an exit before entering, an unknown
 * room) is refused in English and Chinese with nothing changed.
 */
class MachineRoomLogHttpTest {
    private static final Actor SENSOR = Actor.system();

    private RunningApi api;
    private String room;
    private Instant now;

    @BeforeEach
    void start() {
        BearerTokenAuthenticator.Builder tokens = BearerTokenAuthenticator.builder();
        for (Actor actor : List.of(ENGINEER_LIU, DIRECTOR_GAO, NURSE_WANG, NETWORK_MA, CONFIG_MANAGER_QIAN, SENSOR)) {
            tokens.grantToken(RunningApi.token(actor), actor);
        }
        api = RunningApi.signingInWith(tokens.build());
        room = MachineRoomLogHttp.room(new Estate(api));
        now = api.desk.clock.instant();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private RunningApi.Reply post(String path, Actor actor, Object body) {
        return api.post(PATH + path).as(actor).json(body).send();
    }

    @Test
    void anUnescortedVisitorIsFlaggedToTheRoomsOwnerGroupLeadAndLeavesOnce() {
        Instant in = now.minus(Duration.ofMinutes(20));
        RunningApi.Reply recorded = api.post(PATH + "/access").as(ENGINEER_LIU).header("Idempotency-Key", "visit-1")
                .json(MachineRoomLogHttp.visitor(room, null, in)).send();
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        JsonNode visit = recorded.json();
        String id = visit.get("id").asText();
        assertThat(recorded.header("Location")).endsWith(PATH + "/" + id);
        assertThat(visit.get("kind").asText()).isEqualTo("ACCESS");
        assertThat(visit.at("/access/unescorted").asBoolean()).isTrue();
        assertThat(visit.at("/access/visitorCompany").asText()).isEqualTo("华为 Huawei");
        assertThat(visit.get("room").asText()).isEqualTo(room);
        assertThat(api.desk.notifier.sent()).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(NETWORK_MA.staffId());
            assertThat(notice.topic()).isEqualTo("machine-room.unescorted-visitor");
        });
        RunningApi.Reply retried = api.post(PATH + "/access").as(ENGINEER_LIU).header("Idempotency-Key", "visit-1")
                .json(MachineRoomLogHttp.visitor(room, null, in)).send();
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("id").asText()).isEqualTo(id);
        assertThat(api.get(PATH + "/open-visits?room=" + room).as(DIRECTOR_GAO).send().json().get("items"))
                .extracting(v -> v.get("id").asText()).containsExactly(id);

        RunningApi.Reply read = api.get(PATH + "/" + id).as(DIRECTOR_GAO).send();
        assertThat(read.etag()).isEqualTo("\"1\"");
        Problems.refused(api, 428, "request.precondition-required", () -> api.post(PATH + "/" + id + "/exit")
                .as(ENGINEER_LIU).json(RunningApi.object().put("leftAt", now.toString())).send());
        JsonNode before = Problems.refused(api, 422, "machine-room.exit-before-entry", () -> api.post(PATH + "/" + id
                + "/exit").as(ENGINEER_LIU).header("If-Match", "\"1\"").header("Accept-Language", "zh-CN")
                .json(RunningApi.object().put("leftAt", in.minusSeconds(60).toString())).send());
        assertThat(before.get("detail").asText()).contains("离开时间");
        RunningApi.Reply left = api.post(PATH + "/" + id + "/exit").as(ENGINEER_LIU).header("If-Match", "\"1\"")
                .json(RunningApi.object().put("leftAt", now.toString())).send();
        assertThat(left.status()).as("%s", left).isEqualTo(200);
        assertThat(left.etag()).isEqualTo("\"2\"");
        assertThat(left.json().at("/access/leftAt").asText()).isEqualTo(now.toString());
        Problems.refused(api, 409, "machine-room.exit-already-recorded", () -> api.post(PATH + "/" + id + "/exit")
                .as(ENGINEER_LIU).header("If-Match", "*").json(RunningApi.object().put("leftAt", now.toString()))
                .send());
        assertThat(api.get(PATH + "/open-visits").as(DIRECTOR_GAO).send().json().get("items")).isEmpty();
    }

    @Test
    void sensorsAndEngineersPostReadingsMarkedAgainstTheRoomsRangeAndTheNightIsReadPageByPage() {
        Instant night = now.minus(Duration.ofHours(6));
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RunningApi.Reply reading = post("/readings", SENSOR, MachineRoomLogHttp.reading(room, "temperature",
                    "2" + (3 + i) + ".5", "°C", night.plus(Duration.ofHours(i))));
            assertThat(reading.status()).as("%s", reading).isEqualTo(201);
            posted.add(reading.json().get("id").asText());
        }
        JsonNode humid = post("/readings", SENSOR, MachineRoomLogHttp.reading(room, "humidity", "63", "%",
                night.plus(Duration.ofMinutes(30)))).json();
        JsonNode ups = post("/readings", ENGINEER_LIU, MachineRoomLogHttp.reading(room, "ups-load", "41.5", "%",
                night.plus(Duration.ofMinutes(40)))).json();
        JsonNode cut = post("/events", ENGINEER_LIU, MachineRoomLogHttp.event(room, "POWER_CUT",
                night.plus(Duration.ofMinutes(50)), night.plus(Duration.ofMinutes(62)),
                "市电中断12分钟，UPS 供电正常 mains lost for 12 minutes, on UPS")).json();

        assertThat(humid.at("/reading/outOfRange").asBoolean()).isTrue();
        assertThat(humid.at("/reading/source").asText()).isEqualTo("SENSOR");
        assertThat(humid.at("/reading/range/low").asInt()).isEqualTo(40);
        assertThat(ups.at("/reading/source").asText()).isEqualTo("MANUAL");
        assertThat(ups.at("/reading/range").isMissingNode()).isTrue();
        assertThat(cut.at("/event/kind").asText()).isEqualTo("POWER_CUT");

        List<String> seen = new ArrayList<>();
        List<Boolean> outOfRange = new ArrayList<>();
        String query = PATH + "?room=" + room + "&from=" + encoded(night) + "&to=" + encoded(now) + "&limit=3";
        JsonNode page = api.get(query).as(DIRECTOR_GAO).send().json();
        int pages = 1;
        page.get("items").forEach(e -> seen.add(e.get("id").asText()));
        while (page.has("next")) {
            page = api.get(query + "&cursor=" + page.get("next").asText()).as(DIRECTOR_GAO).send().json();
            pages++;
            page.get("items").forEach(e -> {
                seen.add(e.get("id").asText());
                if (e.has("reading") && e.at("/reading/quantity").asText().equals("temperature")) {
                    outOfRange.add(e.at("/reading/outOfRange").asBoolean());
                }
            });
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(posted.get(0), humid.get("id").asText(), ups.get("id").asText(),
                cut.get("id").asText(), posted.get(1), posted.get(2), posted.get(3), posted.get(4));
        assertThat(outOfRange).containsExactly(false, false, false, true);
        Problems.refused(api, 403, "access.denied", () -> api.get(query).as(NURSE_WANG).send());
        Problems.refused(api, 403, "access.denied", () -> post("/events", SENSOR, MachineRoomLogHttp.event(room,
                "ALARM", now, null, "smoke alarm")));
    }

    @Test
    void badInputIsRefusedNamingTheFieldInBothLanguagesAndChangesNothing() {
        JsonNode unit = Problems.refused(api, 422, "machine-room.reading-unit-mismatch", () -> api.post(PATH
                + "/readings").as(SENSOR).header("Accept-Language", "zh-CN").json(MachineRoomLogHttp.reading(room,
                "temperature", "80.6", "°F", now)).send());
        assertThat(unit.get("detail").asText()).startsWith("字段 unit");
        JsonNode notANumber = Problems.refused(api, 400, "request.invalid", () -> api.post(PATH + "/readings")
                .as(SENSOR).json(MachineRoomLogHttp.reading(room, "temperature", "1", "°C", now)
                        .put("value", "warm")).send());
        assertThat(Problems.fields(notANumber)).containsExactly("value");
        JsonNode future = Problems.refused(api, 422, "machine-room.time-in-future", () -> post("/events",
                ENGINEER_LIU, MachineRoomLogHttp.event(room, "GENERATOR_TEST", now.plus(Duration.ofHours(1)), null,
                        "monthly generator test")));
        assertThat(future.get("detail").asText()).startsWith("Field start:");
        Problems.refused(api, 422, "machine-room.not-a-room", () -> post("/access", ENGINEER_LIU,
                MachineRoomLogHttp.visitor(UUID.randomUUID().toString(), ENGINEER_LIU.staffId().value(), now)));
        JsonNode both = Problems.refused(api, 400, "command.invalid", () -> post("/access", ENGINEER_LIU,
                MachineRoomLogHttp.visitor(room, null, now).put("staff", ENGINEER_LIU.staffId().value())));
        assertThat(Problems.fields(both)).containsExactly("staff");
        Problems.refused(api, 400, "request.invalid", () -> api.get(PATH + "?room=" + room + "&from="
                + encoded(now) + "&to=" + encoded(now.minusSeconds(1))).as(DIRECTOR_GAO).send());
        Problems.refused(api, 404, "machine-room.not-found", () -> api.get(PATH + "/" + UUID.randomUUID())
                .as(DIRECTOR_GAO).send());
        assertThat(api.desk.machineRoomEntries.snapshots()).isEmpty();
    }

    private static String encoded(Instant at) {
        return URLEncoder.encode(at.toString(), StandardCharsets.UTF_8);
    }
}
