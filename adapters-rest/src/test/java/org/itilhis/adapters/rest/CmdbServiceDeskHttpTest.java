package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.fields;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service desk's uses of the CMDB over HTTP: a contact raised against configuration items
 * takes the criticality of the services their failure reaches, and the items around a caller
 * are found from the contact. The imaging service (clinical-critical) uses the PACS, which runs
 * on a server.
 */
class CmdbServiceDeskHttpTest {
    private static RunningApi api;
    private static Desk desk;
    private static Estate estate;
    private static JsonNode server;

    @BeforeAll
    static void buildTheEstate() {
        api = RunningApi.start();
        desk = new Desk(api);
        estate = new Estate(api);
        server = estate.register(estate.server("SRV-PACS", "pacs-app-01", "10.2.0.11"));
        JsonNode pacs = estate.register(Estate.item("pacs", estate.tag("PACS"), "PACS", "CLINICAL_CRITICAL")
                .put("owningDepartment", "radiology"));
        ObjectNode service = Estate.item("imaging", estate.tag("SVC-IMAGING"), "Imaging", "CLINICAL_CRITICAL")
                .put("owningDepartment", "radiology");
        service.putObject("attributes").put("serviceHours", "24x7");
        JsonNode imaging = estate.register(service);
        estate.relate(pacs, "RUNS_ON", server);
        estate.relate(imaging, "USES", pacs);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aContactRaisedAgainstTheServerOfAClinicalCriticalServiceTakesItsCriticalityAndRecordsTheItem() {
        String contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Images do not load"))
                .get("id").asText();
        ObjectNode body = Desk.incident("PACS images do not load", "pacs", "ONE_DEPARTMENT", "DEGRADED");
        body.putArray("affectedCis").add(server.get("id").asText());

        RunningApi.Reply raised = api.post("/api/v1/contacts/" + contact + "/raise").as(AGENT_CHEN)
                .header("Idempotency-Key", "raise-against-" + contact).json(body).send();

        assertThat(raised.status()).as("%s", raised).isEqualTo(201);
        JsonNode ticket = raised.json();
        assertThat(ticket.at("/assessment/criticality").asText()).isEqualTo("CLINICAL_CRITICAL");
        assertThat(ticket.at("/assessment/matrixPriority").asText()).isEqualTo("P3");
        assertThat(ticket.get("priority").asText()).isEqualTo("P2");
        assertThat(ticket.get("ciClass").asText()).isEqualTo("server");

        JsonNode affected = api.get("/api/v1/tickets/" + ticket.get("id").asText() + "/affected-cis").as(AGENT_CHEN)
                .send().json();
        assertThat(texts(affected.get("cis"), "assetTag")).containsExactly(server.get("assetTag").asText());
        ObjectNode failed = RunningApi.object();
        failed.putArray("failed").add(server.get("id").asText());
        JsonNode impact = api.post("/api/v1/impact").as(AGENT_CHEN).json(failed).send().json();
        assertThat(texts(impact.get("openTickets"), "number")).contains(ticket.get("number").asText());

        int events = api.eventCount();
        RunningApi.Reply replayed = api.post("/api/v1/contacts/" + contact + "/raise").as(AGENT_CHEN)
                .header("Idempotency-Key", "raise-against-" + contact).json(body).send();
        assertThat(replayed.status()).as("%s", replayed).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json().get("id").asText()).isEqualTo(ticket.get("id").asText());
        assertThat(api.eventCount()).as("a replay raises nothing").isEqualTo(events);
    }

    @Test
    void aContactRaisedWithoutItemsKeepsTheCriticalityItWasGiven() {
        String contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer jams")).get("id").asText();
        ObjectNode body = Desk.incident("Ward printer jams", "printer", "ONE_DEPARTMENT", "DEGRADED");
        body.putArray("affectedCis");

        JsonNode ticket = desk.raise(contact, body);

        assertThat(ticket.at("/assessment/criticality").asText()).isEqualTo("GENERAL");
        assertThat(ticket.get("priority").asText()).isEqualTo("P3");
    }

    @Test
    void aContactIsRaisedOnlyAgainstItemsThatExistAndNamedByTheirIds() {
        String contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Images slow")).get("id").asText();
        ObjectNode malformed = Desk.incident("Images slow", "pacs", "ONE_DEPARTMENT", "DEGRADED");
        malformed.putArray("affectedCis").add(server.get("id").asText()).add("SRV-PACS");
        assertThat(fields(refused(api, 400, "request.invalid", () -> api.post("/api/v1/contacts/" + contact + "/raise")
                .as(AGENT_CHEN).json(malformed).send()))).containsExactly("affectedCis[1]");

        ObjectNode unknown = Desk.incident("Images slow", "pacs", "ONE_DEPARTMENT", "DEGRADED");
        unknown.putArray("affectedCis").add(server.get("id").asText()).add(UUID.randomUUID().toString());
        refused(api, 404, "cmdb.ci-not-found", () -> api.post("/api/v1/contacts/" + contact + "/raise")
                .as(AGENT_CHEN).json(unknown).send());

        assertThat(api.get("/api/v1/contacts/" + contact).as(AGENT_CHEN).send().json().get("status").asText())
                .isEqualTo("OPEN");
    }

    @Test
    void theDeskFindsTheItemsAtTheCallersLocationFromTheContact() {
        ObjectNode pc = Estate.item("workstation", estate.tag("PC-OPD-01"), "Outpatient hall PC 1", "IMPORTANT")
                .put("building", "building-1").put("floor", "floor-1").put("room", "outpatient-hall")
                .put("owningDepartment", "it-operations");
        pc.putObject("attributes").put("hostname", "opd-hall-01");
        JsonNode hallPc = estate.register(pc);
        JsonNode contact = desk.logContact(Desk.contact(CLERK_LI, "outpatient-registration", "The PC is frozen")
                .put("location", "building-1/floor-1/outpatient-hall"));

        RunningApi.Reply reply = api.get("/api/v1/contacts/" + contact.get("id").asText() + "/nearby-cis")
                .as(AGENT_CHEN).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode item = reply.json().at("/items/0");
        assertThat(texts(reply.json().get("items"), "assetTag")).containsExactly(hallPc.get("assetTag").asText());
        assertThat(item).isEqualTo(api.get(Estate.path(hallPc)).as(AGENT_CHEN).send().json());
    }

    @Test
    void withoutALocationTheItemsOfTheCallersDepartmentAreNearby() {
        ObjectNode printer = Estate.item("printer", estate.tag("PRN-RAD-01"), "Radiology printer", "GENERAL")
                .put("building", "building-9").put("owningDepartment", "radiology");
        printer.putObject("attributes").put("printerKind", "laser");
        JsonNode radiologyPrinter = estate.register(printer);
        JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "radiology", "Cannot print reports"));

        JsonNode nearby = api.get("/api/v1/contacts/" + contact.get("id").asText() + "/nearby-cis?limit=500")
                .as(AGENT_CHEN).send().json();

        assertThat(texts(nearby.get("items"), "assetTag")).contains(radiologyPrinter.get("assetTag").asText())
                .doesNotContain(server.get("assetTag").asText());
        assertThat(api.get("/api/v1/contacts/" + contact.get("id").asText() + "/nearby-cis?limit=1")
                .as(AGENT_CHEN).send().json().get("items")).hasSize(1);
    }

    @Test
    void theItemsNearACallerAreForThoseWhoMayReadTheCmdbAndSeeTheContact() {
        String contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Screen dark")).get("id").asText();
        refused(api, 403, "access.denied", () -> api.get("/api/v1/contacts/" + contact + "/nearby-cis")
                .as(NURSE_WANG).send());
        refused(api, 404, "contact.not-found", () -> api.get("/api/v1/contacts/" + UUID.randomUUID() + "/nearby-cis")
                .as(AGENT_CHEN).send());
        assertThat(fields(refused(api, 400, "request.invalid", () -> api.get("/api/v1/contacts/" + contact
                + "/nearby-cis?limit=0").as(AGENT_CHEN).send()))).containsExactly("limit");
        assertThat(fields(refused(api, 400, "request.invalid", () -> api.get("/api/v1/contacts/not-an-id/nearby-cis")
                .as(AGENT_CHEN).send()))).containsExactly("id");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(field).asText()));
        return texts;
    }
}
