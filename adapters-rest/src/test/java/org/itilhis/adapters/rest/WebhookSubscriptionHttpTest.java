package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Director Gao subscribes the HIS integration platform to ticket events over HTTP: the secret
 * comes back once (a retry with the same Idempotency-Key gets the same answer and subscribes
 * nothing more), never in a read; rotating it shows the new one once; disabling, enabling and
 * deleting take If-Match. An ftp address, an unknown event type and a short secret are refused
 * with 422 naming the field in English and Chinese, nothing changed.
 */
class WebhookSubscriptionHttpTest {
    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final String HIS = "https://his-integration.example.org/itil/events";

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static ObjectNode subscription(String url, String eventType, String secret) {
        ObjectNode body = object().put("url", url);
        body.putArray("eventTypes").add(eventType);
        if (secret != null) {
            body.put("secret", secret);
        }
        return body;
    }

    private RunningApi.Reply subscribe(String key, ObjectNode body) {
        RunningApi.Call call = api.post(PATH).as(DIRECTOR_GAO).json(body);
        return key == null ? call.send() : call.header("Idempotency-Key", key).send();
    }

    @Test
    void aSubscriptionAnswersItsSecretOnceAndARetryWithTheSameKeySubscribesNothingMore() {
        RunningApi.Reply created = subscribe("his-1", subscription(HIS, "ticket.*", null));
        RunningApi.Reply retried = subscribe("his-1", subscription(HIS, "ticket.*", null));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode subscribed = created.json();
        String secret = subscribed.get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(created.header("Location")).endsWith(PATH + "/" + subscribed.get("id").asText());
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json()).isEqualTo(subscribed);

        RunningApi.Reply list = api.get(PATH).as(DIRECTOR_GAO).send();
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.text()).doesNotContain(secret.substring(6), "secret");
        RunningApi.Reply one = api.get(PATH + "/" + subscribed.get("id").asText()).as(DIRECTOR_GAO).send();
        assertThat(one.json().get("eventTypes").get(0).asText()).isEqualTo("ticket.*");
        assertThat(one.json().get("enabled").asBoolean()).isTrue();
        assertThat(one.text()).doesNotContain(secret.substring(6));
        assertThat(api.webhooks.subscriptions.all()).hasSize(1);
    }

    @Test
    void aRotationAtTheVersionSeenShowsTheNewSecretOnceAndAStaleOneIsRefused() {
        JsonNode his = subscribe(null, subscription(HIS, "ticket.resolved", null)).json();
        String id = his.get("id").asText();

        RunningApi.Reply unconditional = api.post(PATH + "/" + id + "/rotate-secret").as(DIRECTOR_GAO).send();
        RunningApi.Reply rotated = api.post(PATH + "/" + id + "/rotate-secret").as(DIRECTOR_GAO)
                .header("If-Match", "\"1\"").send();
        RunningApi.Reply stale = api.post(PATH + "/" + id + "/rotate-secret").as(DIRECTOR_GAO)
                .header("If-Match", "\"1\"").send();

        assertThat(unconditional.status()).isEqualTo(428);
        assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
        assertThat(rotated.json().get("secret").asText()).startsWith("whsec_")
                .isNotEqualTo(his.get("secret").asText());
        assertThat(rotated.json().get("previousSecretValidUntil").asText()).isNotBlank();
        assertThat(rotated.json().get("version").asLong()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void disablingEnablingAndDeletingTakeIfMatchAndDeletedIsGone() {
        String id = subscribe(null, subscription(HIS, "ticket.*", null)).json().get("id").asText();

        RunningApi.Reply disabled = api.post(PATH + "/" + id + "/disable").as(DIRECTOR_GAO).header("If-Match", "\"1\"")
                .send();
        RunningApi.Reply again = api.post(PATH + "/" + id + "/disable").as(DIRECTOR_GAO).header("If-Match", "*").send();
        RunningApi.Reply enabled = api.post(PATH + "/" + id + "/enable").as(DIRECTOR_GAO).header("If-Match", "\"2\"")
                .send();
        RunningApi.Reply deleted = api.delete(PATH + "/" + id).as(DIRECTOR_GAO).header("If-Match", "\"3\"").send();

        assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(disabled.json().at("/disabled/cause").asText()).isEqualTo("BY_STAFF");
        assertThat(disabled.json().at("/disabled/by").asText()).isEqualTo(DIRECTOR_GAO.staffId().value());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("webhook.already-disabled");
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        assertThat(deleted.status()).isEqualTo(204);
        Problems.refused(api, 404, "webhook.not-found", () -> api.get(PATH + "/" + id).as(DIRECTOR_GAO).send());
        Problems.refused(api, 400, "request.invalid", () -> api.get(PATH + "/not-a-uuid").as(DIRECTOR_GAO).send());
    }

    @Test
    void anFtpAddressAnUnknownEventTypeAndAShortSecretAre422NamingTheFieldInEnglishAndChinese() {
        JsonNode url = Problems.refused(api, 422, "webhook.url-not-http",
                () -> subscribe(null, subscription("ftp://his.example.org/in", "ticket.*", null)));
        assertThat(Problems.fields(url)).containsExactly("url");
        assertThat(url.get("detail").asText()).isEqualTo("Field url: ftp://his.example.org/in is not an http or https"
                + " address; nothing was changed");

        JsonNode type = Problems.refused(api, 422, "webhook.unknown-event-type", () -> api.post(PATH).as(DIRECTOR_GAO)
                .header("Accept-Language", "zh-CN").json(subscription(HIS, "ticket.teleported", null)).send());
        assertThat(Problems.fields(type)).containsExactly("eventTypes");
        assertThat(type.get("detail").asText()).isEqualTo("字段 eventTypes：ticket.teleported 不是本库记录的事件类型；未做任何变动");
        assertThat(type.at("/errors/0/message").asText()).startsWith("字段 eventTypes");

        JsonNode secret = Problems.refused(api, 422, "webhook.secret-too-short",
                () -> subscribe(null, subscription(HIS, "ticket.*", "whsec_c2hvcnQgc2VjcmV0")));
        assertThat(Problems.fields(secret)).containsExactly("secret");
        assertThat(secret.get("detail").asText()).contains("12 bytes", "24");
        JsonNode chinese = Problems.refused(api, 422, "webhook.secret-malformed", () -> api.post(PATH).as(DIRECTOR_GAO)
                .header("Accept-Language", "zh-CN").json(subscription(HIS, "ticket.*", "whsec_!!!")).send());
        assertThat(chinese.get("detail").asText()).startsWith("字段 secret：");

        assertThat(api.get(PATH).as(DIRECTOR_GAO).send().json().get("items")).isEmpty();
        assertThat(api.webhooks.subscriptions.all()).isEmpty();
    }

    @Test
    void anEngineerMayNeitherSubscribeNorRead() {
        Problems.refused(api, 403, "access.denied", () -> api.post(PATH).as(ENGINEER_LIU)
                .json(subscription(HIS, "ticket.*", null)).send());
        Problems.refused(api, 403, "access.denied", () -> api.get(PATH).as(ENGINEER_LIU).send());
        assertThat(api.webhooks.subscriptions.all()).isEmpty();
    }
}
