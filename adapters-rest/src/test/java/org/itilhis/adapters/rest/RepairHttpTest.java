package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Repairs over HTTP: engineer Liu opens a repair of the radiology PACS workstation for its
 * incident, sends it to 联影 (the CMDB shows it under repair), records the cost and a display from
 * stock, gets it back (in use again) and closes it; parts beyond the store room's stock, a
 * downtime ending before it started and an unknown incident are refused in English and Chinese
 * with nothing changed; with the API's conventions (idempotent opening, If-Match, cursor pages,
 * 404 for whoever may not see repairs).
 */
class RepairHttpTest {
    private static final Actor ENGINEER_LIU = DemoHospital.ENGINEER_LIU;
    private static final Actor LEAD_SUN = DemoHospital.LEAD_SUN;
    private static RunningApi api;
    private static int items;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        var ledger = api.stock.ledger.stock();
        ledger.defineStoreRoom(new StockCommand.DefineStoreRoom(LEAD_SUN, "IT-B1", null, "信息科库房"));
        ledger.defineItem(new StockCommand.DefineItem(LEAD_SUN, "LCD-24", "24寸显示屏", "piece", StockKind.SPARE_PART,
                "workstation", LEAD_SUN.staffId(), Map.of()));
        ledger.receive(new StockCommand.Receive(ENGINEER_LIU, "LCD-24", "IT-B1", 2, "联影医疗", "DN-2026-0302", null));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aRepairIsOpenedOnceSentWithTheItemUnderRepairGivenPartsAndCostReturnedWithTheItemInUseAndClosed() {
        CiId pacs = item();
        Ticket incident = incident();
        ObjectNode body = RunningApi.object().put("ci", pacs.toString()).put("fault", "显示器花屏，无法阅片")
                .put("link", incident.number().toString());

        RunningApi.Reply opened = api.post("/api/v1/repairs").as(ENGINEER_LIU).header("Idempotency-Key", "pacs-1")
                .json(body).send();
        RunningApi.Reply retry = api.post("/api/v1/repairs").as(ENGINEER_LIU).header("Idempotency-Key", "pacs-1")
                .json(body).send();

        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(opened.json().get("id"));
        String id = opened.json().get("id").asText();
        assertThat(opened.json().get("vendor").asText()).isEqualTo("联影医疗");
        assertThat(opened.json().get("underWarranty").asBoolean()).isTrue();
        assertThat(texts(opened.json().get("allowedActions"))).contains("send-to-repair", "cancel");

        RunningApi.Reply sent = step(id, opened.etag(), "send-to-repair", RunningApi.object().put("note", "送厂家"));
        assertThat(sent.json().get("status").asText()).isEqualTo("IN_REPAIR");
        assertThat(ciStatus(pacs)).isEqualTo(CiStatus.UNDER_REPAIR);
        assertThat(api.get("/api/v1/cis/" + pacs).as(ENGINEER_LIU).send().json().get("status").asText())
                .isEqualTo("UNDER_REPAIR");

        RunningApi.Reply costed = step(id, sent.etag(), "record-cost", RunningApi.object().put("amount", 1250.5));
        RunningApi.Reply used = step(id, costed.etag(), "use-parts", RunningApi.object().put("item", "LCD-24")
                .put("room", "IT-B1").put("quantity", 1));
        assertThat(used.json().at("/parts/0/item").asText()).isEqualTo("LCD-24");
        assertThat(used.json().at("/cost/amount").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(used.json().at("/cost/currency").asText()).isEqualTo("CNY");

        api.desk.clock.advance(Duration.ofHours(6));
        RunningApi.Reply back = step(id, used.etag(), "return-from-repair", null);
        assertThat(back.json().get("status").asText()).isEqualTo("RETURNED");
        assertThat(ciStatus(pacs)).isEqualTo(CiStatus.IN_USE);
        RunningApi.Reply closed = step(id, back.etag(), "close", null);
        assertThat(closed.json().get("allowedActions")).isEmpty();

        JsonNode history = api.get("/api/v1/repairs/" + id + "/history").as(DemoHospital.DIRECTOR_GAO).send().json();
        assertThat(types(history.get("events"))).containsExactly("repair.opened", "repair.sent-to-repair",
                "repair.cost-recorded", "repair.parts-used", "repair.returned", "repair.closed");
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        JsonNode down = api.get("/api/v1/repairs/downtime?ci=" + pacs + "&from=" + from + "&to="
                + from.plus(Duration.ofDays(30))).as(DemoHospital.DIRECTOR_GAO).send().json();
        assertThat(down.at("/intervals/0/repair").asText()).isEqualTo(id);
        assertThat(Duration.between(Instant.parse(down.at("/intervals/0/start").asText()),
                Instant.parse(down.at("/intervals/0/end").asText()))).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void partsBeyondTheStoreRoomsStockAreRefusedAndNothingChanges() {
        String id = open(item());
        RunningApi.Reply repair = api.get("/api/v1/repairs/" + id).as(ENGINEER_LIU).send();

        JsonNode refused = Problems.refused(api, 409, "stock.insufficient", () -> api.post("/api/v1/repairs/" + id
                + "/use-parts").as(ENGINEER_LIU).header("If-Match", repair.etag()).json(RunningApi.object()
                .put("item", "LCD-24").put("room", "IT-B1").put("quantity", 50)).send());

        assertThat(refused.get("detail").asText()).contains("LCD-24");
        assertThat(api.get("/api/v1/repairs/" + id).as(ENGINEER_LIU).send().json().get("parts")).isEmpty();
    }

    @Test
    void aDowntimeEndingBeforeItStartedIsRefusedInTheReadersLanguageWithTheItemStillUnderRepair() {
        CiId ci = item();
        String id = open(ci);
        String etag = step(id, api.get("/api/v1/repairs/" + id).as(ENGINEER_LIU).send().etag(), "send-to-repair",
                null).etag();

        JsonNode refused = Problems.refused(api, 422, "repair.downtime-ends-before-start", () -> api.post(
                "/api/v1/repairs/" + id + "/return-from-repair").as(ENGINEER_LIU).header("If-Match", etag)
                .header("Accept-Language", "zh-CN").json(RunningApi.object()
                        .put("downtimeEnd", "2020-01-01T00:00:00+08:00")).send());

        assertThat(refused.get("detail").asText()).contains("停机");
        assertThat(ciStatus(ci)).isEqualTo(CiStatus.UNDER_REPAIR);
    }

    @Test
    void anUnknownIncidentAMalformedLinkAStepNotAllowedAndAStaleTagAreRefused() {
        CiId ci = item();
        Problems.refused(api, 404, "ticket.not-found", () -> api.post("/api/v1/repairs").as(ENGINEER_LIU)
                .json(RunningApi.object().put("ci", ci.toString()).put("fault", "卡纸").put("link", "INC-2026-999999"))
                .send());
        JsonNode malformed = Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/repairs")
                .as(ENGINEER_LIU).json(RunningApi.object().put("ci", ci.toString()).put("fault", "卡纸")
                        .put("link", "SR-1")).send());
        assertThat(Problems.fields(malformed)).containsExactly("link");
        String id = open(ci);
        String etag = api.get("/api/v1/repairs/" + id).as(ENGINEER_LIU).send().etag();

        JsonNode illegal = Problems.refused(api, 409, "workflow.illegal-transition", () -> api.post(
                "/api/v1/repairs/" + id + "/close").as(ENGINEER_LIU).header("If-Match", etag).send());
        assertThat(illegal.get("detail").asText()).contains("send to repair");
        step(id, etag, "record-cost", RunningApi.object().put("amount", 10));
        Problems.refused(api, 412, "repair.version-conflict", () -> api.post("/api/v1/repairs/" + id + "/cancel")
                .as(ENGINEER_LIU).header("If-Match", etag).json(RunningApi.object().put("reason", "误报")).send());
    }

    @Test
    void whoeverMayNotSeeRepairsIsToldThereIsNoneAndOpenRepairsArePagedOldestFirst() {
        CiId ci = item();
        String first = open(ci);
        String second = open(ci);

        Problems.refused(api, 404, "repair.not-found", () -> api.get("/api/v1/repairs/" + first)
                .as(DemoHospital.NURSE_WANG).send());
        JsonNode page = api.get("/api/v1/repairs?open=true&limit=1&ci=" + ci).as(DemoHospital.VENDOR_ENGINEER).send()
                .json();
        JsonNode next = api.get("/api/v1/repairs?open=true&limit=1&ci=" + ci + "&cursor=" + page.get("next").asText())
                .as(DemoHospital.VENDOR_ENGINEER).send().json();

        assertThat(page.at("/items/0/id").asText()).isEqualTo(first);
        assertThat(next.at("/items/0/id").asText()).isEqualTo(second);
        assertThat(next.has("next")).isFalse();
        assertThat(api.get("/api/v1/repairs?ci=" + ci).as(DemoHospital.NURSE_WANG).send().json().get("items"))
                .isEmpty();
    }

    private static String open(CiId ci) {
        RunningApi.Reply opened = api.post("/api/v1/repairs").as(ENGINEER_LIU).json(RunningApi.object()
                .put("ci", ci.toString()).put("fault", "无法开机")).send();
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        return opened.json().get("id").asText();
    }

    private static RunningApi.Reply step(String id, String etag, String step, ObjectNode body) {
        RunningApi.Call call = api.post("/api/v1/repairs/" + id + "/" + step).as(ENGINEER_LIU).header("If-Match", etag);
        RunningApi.Reply reply = (body == null ? call : call.json(body)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static CiStatus ciStatus(CiId ci) {
        return api.desk.configurationItems.find(ci).orElseThrow().status();
    }

    private static Ticket incident() {
        Ticket ticket = TicketBuilder.aTicket().withNumber(org.itilhis.core.ticket.TicketNumber.parse(
                "INC-2026-00" + (4000 + ++items))).withId(api.desk.tickets.nextId()).build();
        api.desk.transactions.inTransaction(() -> {
            api.desk.tickets.save(ticket);
            return null;
        });
        return ticket;
    }

    private static synchronized CiId item() {
        items++;
        return api.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(DemoHospital.CONFIG_MANAGER_QIAN,
                "workstation", new CiData("RPR-" + items, "放射科阅片工作站 " + items, null, "Main campus", "Building 2",
                        "1F", "Radiology", "it", "desktop-first-line", ServiceCriticality.CLINICAL_CRITICAL, null,
                        LocalDate.parse("2027-12-31"), Map.of("hostname", "rad-ws-" + items, "manufacturer",
                        "联影医疗")), CiStatus.IN_USE)).item().id();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("type").asText()));
        return types;
    }
}
