package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.itilhis.ports.common.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IT store room over HTTP: lead Sun defines the store rooms and the HP 88A toner (reorder at
 * 2 in B1), engineer Liu receives five and issues three to radiology (a retried issue issues
 * nothing more), Sun hears once that it is low, Liu transfers one to the ward's cupboard and
 * configuration manager Qian counts the cupboard; the ledger pages, the consumption counts
 * radiology's three. An issue of more than is held is refused in English and Chinese with
 * nothing changed; of eight engineers issuing the last toner at once exactly one gets it.
 */
class StockHttpTest {
    private static final String TONER = "TONER-HP-88A";
    private static final String B1 = "IT-STORE-B1";
    private static final String WARD = "WARD-5E";

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        room(B1, "信息科库房 B1");
        room(WARD, "5 病区东 护士站柜");
        RunningApi.Reply defined = api.post("/api/v1/stock/items").as(LEAD_SUN).header("Idempotency-Key", "toner")
                .json(toner()).send();
        assertThat(defined.status()).as("%s", defined).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private void room(String code, String name) {
        RunningApi.Reply reply = api.put("/api/v1/stock/rooms/" + code).as(LEAD_SUN).header("If-None-Match", "*")
                .json(object().put("name", name)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    private static ObjectNode toner() {
        ObjectNode toner = object().put("code", TONER).put("name", "HP 88A 硒鼓").put("unit", "个")
                .put("kind", "CONSUMABLE").put("ciClass", "printer").put("owner", LEAD_SUN.staffId().value());
        toner.putObject("reorderThresholds").put(B1, 2);
        return toner;
    }

    private static ObjectNode receive(int quantity) {
        return object().put("kind", "RECEIVE").put("item", TONER).put("room", B1).put("quantity", quantity)
                .put("supplier", "联想").put("reference", "DN-2027-0301");
    }

    private static ObjectNode issue(int quantity) {
        return object().put("kind", "ISSUE").put("item", TONER).put("room", B1).put("quantity", quantity)
                .put("recipientKind", "DEPARTMENT").put("recipient", "radiology");
    }

    private RunningApi.Reply move(ObjectNode movement) {
        return api.post("/api/v1/stock/movements").as(ENGINEER_LIU).json(movement).send();
    }

    private long held(String room) {
        for (JsonNode balance : api.get("/api/v1/stock/items/" + TONER + "/balances").as(ENGINEER_LIU).send().json()
                .get("items")) {
            if (balance.get("room").asText().equals(room)) {
                return balance.get("quantity").asLong();
            }
        }
        return 0;
    }

    private List<Notification> lowStockNotices() {
        return api.desk.notifier.sent().stream().filter(n -> n.topic().equals("stock.reorder-level-reached")).toList();
    }

    @Test
    void tonerIsReceivedIssuedOnceThoughRetriedTransferredAndCountedAndTheOwnerHearsOnceWhenItRunsLow() {
        RunningApi.Reply item = api.get("/api/v1/stock/items/" + TONER).as(ENGINEER_LIU).send();
        assertThat(item.etag()).isEqualTo("\"1\"");
        assertThat(item.json().at("/reorderThresholds/" + B1).asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/stock/items/" + TONER).as(ENGINEER_LIU).header("If-None-Match", "\"1\"").send()
                .status()).isEqualTo(304);

        RunningApi.Reply received = move(receive(5));
        assertThat(received.status()).as("%s", received).isEqualTo(201);
        assertThat(received.json().get("balanceAfter").asLong()).isEqualTo(5);
        RunningApi.Reply issued = api.post("/api/v1/stock/movements").as(ENGINEER_LIU)
                .header("Idempotency-Key", "radiology-toner-1").json(issue(3)).send();
        RunningApi.Reply retried = api.post("/api/v1/stock/movements").as(ENGINEER_LIU)
                .header("Idempotency-Key", "radiology-toner-1").json(issue(3)).send();
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.header("Location")).endsWith("/api/v1/stock/movements/" + issued.json().get("id").asText());
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json()).isEqualTo(issued.json());
        assertThat(held(B1)).isEqualTo(2);
        assertThat(lowStockNotices()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(LEAD_SUN.staffId());
            assertThat(n.reference()).isEqualTo(TONER + "@" + B1);
        });

        assertThat(move(object().put("kind", "TRANSFER").put("item", TONER).put("from", B1).put("to", WARD)
                .put("quantity", 1)).json().get("toBalanceAfter").asLong()).isEqualTo(1);
        RunningApi.Reply counted = api.post("/api/v1/stock/movements").as(CONFIG_MANAGER_QIAN).json(object()
                .put("kind", "COUNT").put("item", TONER).put("room", WARD).put("quantity", 0).put("expectedBalance", 1)
                .put("note", "盘亏一个")).send();
        assertThat(counted.json().get("difference").asLong()).isEqualTo(-1);
        assertThat(held(B1)).isEqualTo(1);
        assertThat(held(WARD)).isZero();
        assertThat(lowStockNotices()).hasSize(1);

        JsonNode first = api.get("/api/v1/stock/items/" + TONER + "/ledger?limit=2").as(DIRECTOR_GAO).send().json();
        assertThat(first.get("items")).extracting(m -> m.get("kind").asText()).containsExactly("RECEIVED", "ISSUED");
        JsonNode rest = api.get("/api/v1/stock/items/" + TONER + "/ledger?limit=2&cursor=" + first.get("next").asText())
                .as(DIRECTOR_GAO).send().json();
        assertThat(rest.get("items")).extracting(m -> m.get("kind").asText()).containsExactly("TRANSFERRED", "COUNTED");
        assertThat(api.get("/api/v1/stock/movements/" + issued.json().get("id").asText()).as(DIRECTOR_GAO).send()
                .json().get("recipient").asText()).isEqualTo("radiology");
        String month = YearMonth.from(api.desk.clock.instant().atZone(ZoneId.of("Asia/Shanghai"))).toString();
        JsonNode consumption = api.get("/api/v1/stock/consumption?from=" + month).as(DIRECTOR_GAO).send().json();
        assertThat(consumption.get("items")).extracting(c -> c.get("department").asText() + " " + c.get("item")
                .asText() + " " + c.get("quantity").asLong()).containsExactly("radiology " + TONER + " 3");
    }

    @Test
    void anIssueOfMoreThanIsHeldIsRefusedInBothLanguagesNamingItemRoomHeldAndAskedAndChangesNothing() {
        move(receive(2));
        int ledger = api.get("/api/v1/stock/items/" + TONER + "/ledger").as(ENGINEER_LIU).send().json().get("items")
                .size();

        JsonNode english = Problems.refused(api, 409, "stock.insufficient", () -> move(issue(3)));
        assertThat(english.get("detail").asText()).isEqualTo("Field quantity: store room " + B1 + " holds 2 of item "
                + TONER + ", fewer than the 3 asked; nothing was changed");
        JsonNode chinese = Problems.refused(api, 409, "stock.insufficient", () -> api.post("/api/v1/stock/movements")
                .as(ENGINEER_LIU).header("Accept-Language", "zh-CN").json(object().put("kind", "TRANSFER")
                        .put("item", TONER).put("from", B1).put("to", WARD).put("quantity", 5)).send());
        assertThat(chinese.get("detail").asText()).contains("库房 " + B1, TONER, "结存为 2", "申请的 5");

        assertThat(held(B1)).isEqualTo(2);
        assertThat(api.get("/api/v1/stock/items/" + TONER + "/ledger").as(ENGINEER_LIU).send().json().get("items")
                .size()).isEqualTo(ledger);
    }

    @Test
    void ofEightEngineersIssuingTheLastTonerAtOnceExactlyOneGetsIt() throws Exception {
        move(receive(1));
        int engineers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(engineers);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> issuing = new ArrayList<>();
            for (int i = 0; i < engineers; i++) {
                String key = "last-toner-" + i;
                issuing.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/stock/movements").as(key.endsWith("0") ? ENGINEER_ZHOU : ENGINEER_LIU)
                            .header("Idempotency-Key", key).json(issue(1)).send().status();
                }));
            }
            start.countDown();
            for (Future<Integer> future : issuing) {
                statuses.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnlyOnce(201).allMatch(status -> status == 201 || status == 409);
        assertThat(held(B1)).isZero();
        assertThat(api.get("/api/v1/stock/items/" + TONER + "/ledger").as(ENGINEER_LIU).send().json().get("items"))
                .extracting(m -> m.get("kind").asText()).containsExactly("RECEIVED", "ISSUED");
    }

    @Test
    void badInputStaleVersionsAndPeopleWithoutTheRightAreRefusedChangingNothing() {
        move(receive(3));

        assertThat(Problems.fields(Problems.refused(api, 400, "request.invalid", () -> move(issue(0)
                .put("recipient", " "))))).contains("quantity", "recipient");
        assertThat(Problems.fields(Problems.refused(api, 400, "request.invalid", () -> move(object()
                .put("item", TONER))))).contains("kind", "quantity");
        Problems.refused(api, 400, "request.invalid", () -> api.get("/api/v1/stock/items/toner%2088a").as(ENGINEER_LIU)
                .send());
        Problems.refused(api, 404, "stock.item.not-found", () -> move(receive(1).put("item", "TONER-UNKNOWN")));
        Problems.refused(api, 404, "stock.store-room.not-found", () -> move(receive(1).put("room", "NOWHERE")));
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/stock/movements").as(NURSE_WANG)
                .json(issue(1)).send());
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/stock/movements").as(ENGINEER_LIU)
                .json(object().put("kind", "COUNT").put("item", TONER).put("room", B1).put("quantity", 0)).send());
        Problems.refused(api, 409, "stock.item-exists", () -> api.post("/api/v1/stock/items").as(LEAD_SUN)
                .json(toner()).send());
        Problems.refused(api, 409, "store-room.version-conflict", () -> api.put("/api/v1/stock/rooms/" + B1)
                .as(LEAD_SUN).header("If-None-Match", "*").json(object().put("name", "again")).send());

        ObjectNode renamed = toner().put("name", "HP 88A toner");
        renamed.remove("code");
        RunningApi.Reply revised = api.put("/api/v1/stock/items/" + TONER).as(LEAD_SUN).header("If-Match", "\"1\"")
                .json(renamed).send();
        assertThat(revised.etag()).isEqualTo("\"2\"");
        Problems.refused(api, 412, "stock-item.version-conflict", () -> api.put("/api/v1/stock/items/" + TONER)
                .as(LEAD_SUN).header("If-Match", "\"1\"").json(renamed).send());
        Problems.refused(api, 428, "request.precondition-required", () -> api.put("/api/v1/stock/items/" + TONER)
                .as(LEAD_SUN).json(renamed).send());
    }
}
