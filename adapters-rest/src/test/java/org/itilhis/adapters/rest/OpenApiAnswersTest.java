package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.itilhis.adapters.rest.OpenApiAnswers.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check every HTTP test's answers pass: it accepts a real answer and refuses one the
 * document does not describe (a required field missing, a field of the wrong type or format, an
 * unknown field, an undocumented status or Content-Type, a body where none is described, a
 * request no operation describes), naming the operation, the status and the schema error.
 */
class OpenApiAnswersTest {
    private static RunningApi api;
    private static OpenApiAnswers answers;
    private static String contact;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        contact = new Desk(api).logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer jams")).toString();
        answers = new OpenApiAnswers(); // counts of its own: the made-up answers are not the suite's
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Answer logged(int status, String contentType, ObjectNode body) {
        return new Answer("POST", "/api/v1/contacts", status, contentType, body.toString());
    }

    private static ObjectNode contact() throws IOException {
        return (ObjectNode) RunningApi.JSON.readTree(contact);
    }

    @Test
    void aRealAnswerIsDescribed() throws IOException {
        assertThat(answers.mismatches(logged(201, "application/json", contact()))).isEmpty();
        assertThat(answers.mismatches(new Answer("GET", "/api/v1/contacts/" + contact().get("id").asText(), 304,
                null, ""))).isEmpty();
        RunningApi.Reply unknown = api.get("/api/v1/nothing-here").as(AGENT_CHEN).send();
        assertThat(answers.mismatches(new Answer("GET", "/api/v1/nothing-here", unknown.status(),
                unknown.header("Content-Type"), unknown.text()))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws IOException {
        ObjectNode body = contact();
        body.remove("status");

        assertThat(answers.mismatches(logged(201, "application/json", body))).singleElement().asString()
                .contains("logContact (POST /api/v1/contacts) 201", "required", "status");
    }

    @Test
    void aWrongTypeAFormatAndAnUnknownFieldAreRefused() throws IOException {
        ObjectNode body = contact();
        body.put("version", "1");
        body.put("id", "not-a-uuid");
        body.put("secret", "x");

        List<String> mismatches = answers.mismatches(logged(201, "application/json", body));

        assertThat(mismatches).hasSize(3).anySatisfy(m -> assertThat(m).contains("/version", "integer"))
                .anySatisfy(m -> assertThat(m).contains("/id", "uuid"))
                .anySatisfy(m -> assertThat(m).contains("secret"));
    }

    @Test
    void anUndocumentedStatusOrContentTypeIsRefused() throws IOException {
        assertThat(answers.mismatches(logged(202, "application/json", contact()))).singleElement().asString()
                .contains("logContact (POST /api/v1/contacts)", "status 202 is not documented");
        assertThat(answers.mismatches(logged(201, "text/html", contact()))).singleElement().asString()
                .contains("Content-Type text/html is not documented");
        assertThat(answers.mismatches(new Answer("GET", "/api/v1/contacts/x", 304, "application/json", "{}")))
                .singleElement().asString().contains("describes no body");
    }

    @Test
    void aRefusalMustBeAProblem() {
        assertThat(answers.mismatches(new Answer("POST", "/api/v1/contacts", 400, "application/problem+json",
                "{\"title\":\"Bad request\",\"status\":400}"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).contains("logContact (POST /api/v1/contacts) 400"))
                .anySatisfy(m -> assertThat(m).contains("code"));
        assertThat(answers.mismatches(new Answer("GET", "/api/v1/nothing-here", 200, "application/json", "{}")))
                .singleElement().asString().contains("no operation for GET /api/v1/nothing-here");
    }

    @Test
    void aLiteralSegmentWinsOverATemplateAndTheMountPointIsSkipped() {
        assertThat(answers.operation("GET", "/api/v1/cis/by-asset-tag/history").orElseThrow())
                .hasToString("getCiByAssetTag (GET /api/v1/cis/by-asset-tag/{tag})");
        assertThat(answers.operation("GET", "/his/itil/api/v1/cis/SRV-1/history").orElseThrow().template())
                .isEqualTo("/api/v1/cis/{id}/history");
        assertThat(answers.operation("PATCH", "/api/v1/cis/SRV-1")).isEmpty();
    }

    @Test
    void aMismatchFailsTheTestWithTheOperationStatusAndSchemaError() throws IOException {
        ObjectNode body = contact();
        body.remove("channel");

        assertThatThrownBy(() -> answers.check(logged(201, "application/json", body)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("logContact (POST /api/v1/contacts) 201")
                .hasMessageContaining("required property 'channel' not found");
    }
}
