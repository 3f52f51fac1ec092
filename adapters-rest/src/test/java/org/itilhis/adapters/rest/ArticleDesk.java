package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.shared.Actor;

/** Knowledge articles over HTTP, for the tests: written, stepped, read and searched. */
final class ArticleDesk {
    private final RunningApi api;

    ArticleDesk(RunningApi api) {
        this.api = api;
    }

    /** A draft in Chinese and English about printers, for {@code audience}. */
    static ObjectNode article(String chineseTitle, String englishTitle, String audience) {
        ObjectNode article = RunningApi.object().put("audience", audience).put("category", "printer");
        article.putObject("chinese").put("title", chineseTitle).put("body", "先关机，取出硒鼓，轻轻摇匀后装回，打印清洁页。");
        article.putObject("english").put("title", englishTitle)
                .put("body", "Switch off, take out the cartridge, shake it gently, put it back and print a cleaning page.");
        article.putArray("tags").add("打印机").add("printer");
        article.putArray("ciClasses").add("printer");
        return article;
    }

    /** {@code actor} writes {@code article}; asserts 201 and answers it. */
    JsonNode write(Actor actor, ObjectNode article) {
        RunningApi.Reply reply = api.post("/api/v1/articles").as(actor).json(article).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** A step with the ETag of {@code article}; asserts it succeeded and answers the changed article. */
    JsonNode step(Actor actor, JsonNode article, String action, Object body) {
        RunningApi.Reply reply = attempt(actor, article, action, body);
        assertThat(reply.status()).as("%s %s", action, reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo(etag(reply.json()));
        return reply.json();
    }

    RunningApi.Reply attempt(Actor actor, JsonNode article, String action, Object body) {
        RunningApi.Call call = api.post(path(article) + "/" + action).as(actor).header("If-Match", etag(article));
        return (body == null ? call : call.json(body)).send();
    }

    /** {@code writer} writes {@code article}, submits it, {@code reviewer} approves and publishes it. */
    JsonNode published(Actor writer, Actor reviewer, ObjectNode article) {
        JsonNode written = step(writer, write(writer, article), "submit", null);
        return step(reviewer, step(reviewer, written, "approve", null), "publish", null);
    }

    /** The article as {@code actor} reads it: the reply, whatever its status. */
    RunningApi.Reply read(Actor actor, JsonNode article) {
        return api.get(path(article)).as(actor).send();
    }

    /** The numbers {@code actor} finds for {@code words}, best first. */
    List<String> find(Actor actor, String words) {
        RunningApi.Reply reply = api.get("/api/v1/articles/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        reply.json().get("items").forEach(item -> numbers.add(item.get("number").asText()));
        return numbers;
    }

    /** The history as {@code actor} reads it: {@code type:actor} per event. */
    List<String> history(Actor actor, JsonNode article) {
        RunningApi.Reply reply = api.get(path(article) + "/history").as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<String> events = new ArrayList<>();
        reply.json().get("events").forEach(e -> events.add(e.get("type").asText() + ":" + e.get("actor").asText()));
        return events;
    }

    static String path(JsonNode article) {
        return "/api/v1/articles/" + article.get("id").asText();
    }

    static String etag(JsonNode article) {
        return "\"" + article.get("version").asLong() + "\"";
    }
}
