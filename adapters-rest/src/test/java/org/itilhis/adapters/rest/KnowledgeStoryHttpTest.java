package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import org.itilhis.adapters.rest.TicketStates.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's knowledge story over HTTP: engineer Zhou writes how to clear a printer jam and
 * submits it; he may not approve his own article, lead Sun does and publishes it; the desk
 * finds it by a Chinese query without spaces; Zhou drafts a new version, which goes through
 * review while the published one stays readable; once published, the desk resolves an incident
 * and a contact with it, and it counts the uses.
 */
class KnowledgeStoryHttpTest {
    private static RunningApi api;
    private static ArticleDesk articles;
    private static TicketStates tickets;
    private static Desk desk;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        articles = new ArticleDesk(api);
        tickets = new TicketStates(api);
        desk = new Desk(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anArticleIsWrittenReviewedPublishedFoundRevisedAndUsed() {
        RunningApi.Reply written = api.post("/api/v1/articles").as(ENGINEER_ZHOU)
                .header("Idempotency-Key", "printer-jam-article")
                .json(ArticleDesk.article("打印机卡纸的处理", "Clearing a printer jam", "ALL_STAFF")).send();
        assertThat(written.status()).as("%s", written).isEqualTo(201);
        JsonNode article = written.json();
        assertThat(written.header("Location")).endsWith("/api/v1/articles/" + article.get("id").asText());
        assertThat(written.etag()).isEqualTo(ArticleDesk.etag(article));
        assertThat(article.get("number").asText()).startsWith("KB-2026-");
        assertThat(article.get("status").asText()).isEqualTo("DRAFT");
        assertThat(article.at("/inProgress/authors/0").asText()).isEqualTo("E0102");
        assertThat(article.get("allowedActions")).extracting(JsonNode::asText).contains("edit", "submit");

        article = articles.step(ENGINEER_ZHOU, article, "submit", null);
        assertThat(article.get("status").asText()).isEqualTo("IN_REVIEW");
        RunningApi.Reply ownReview = articles.attempt(ENGINEER_ZHOU, article, "approve", null);
        assertThat(ownReview.status()).as("%s", ownReview).isEqualTo(403);
        article = articles.step(LEAD_SUN, article, "approve", null);
        article = articles.step(LEAD_SUN, article, "publish", null);
        assertThat(article.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(article.at("/published/reviewer").asText()).isEqualTo("E0100");
        String number = article.get("number").asText();

        assertThat(articles.find(AGENT_CHEN, "打印机卡纸")).startsWith(number);
        assertThat(articles.find(NURSE_WANG, "打印机卡纸")).as("an all-staff article").startsWith(number);

        JsonNode revised = articles.step(ENGINEER_ZHOU, article, "new-version",
                ArticleDesk.article("打印机卡纸的处理（第二版）", "Clearing a printer jam, revised", "ALL_STAFF"));
        assertThat(revised.get("status").asText()).as("the article stands as its published version")
                .isEqualTo("PUBLISHED");
        assertThat(revised.at("/inProgress/status").asText()).isEqualTo("DRAFT");
        revised = articles.step(ENGINEER_ZHOU, revised, "submit", null);
        JsonNode meanwhile = articles.read(NURSE_WANG, article).json();
        assertThat(meanwhile.at("/published/chinese/title").asText()).isEqualTo("打印机卡纸的处理");
        assertThat(meanwhile.has("inProgress")).as("a reporter reads no version in progress").isFalse();
        assertThat(articles.find(AGENT_CHEN, "打印机卡纸")).startsWith(number);
        revised = articles.step(LEAD_SUN, revised, "approve", null);
        revised = articles.step(LEAD_SUN, revised, "publish", null);
        assertThat(revised.at("/published/number").asInt()).isEqualTo(2);
        assertThat(revised.at("/published/english/title").asText()).isEqualTo("Clearing a printer jam, revised");
        assertThat(revised.has("inProgress")).isFalse();

        JsonNode incident = tickets.bring(NURSE_WANG, DESKTOP, State.IN_PROGRESS);
        RunningApi.Reply resolved = api.post("/api/v1/tickets/" + incident.get("id").asText()
                        + "/resolve-with-article").as(ENGINEER_ZHOU).header("If-Match", ProblemDesk.etag(incident))
                .json(object().put("article", number).put("code", "FIXED").put("note", "Cleared the jam")).send();
        assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
        assertThat(resolved.json().get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.json().at("/resolution/note").asText()).startsWith(number);

        JsonNode call = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "The printer jams again"));
        RunningApi.Reply atFirstContact = api.post("/api/v1/contacts/" + call.get("id").asText()
                        + "/resolve-with-article").as(AGENT_CHEN)
                .json(object().put("article", revised.get("id").asText()).put("code", "ADVICE_GIVEN")
                        .put("note", "Told her to shake the cartridge")).send();
        assertThat(atFirstContact.status()).as("%s", atFirstContact).isEqualTo(200);
        assertThat(atFirstContact.json().get("status").asText()).isEqualTo("RESOLVED_AT_FIRST_CONTACT");

        JsonNode used = articles.read(AGENT_CHEN, article).json();
        assertThat(used.get("timesUsed").asLong()).isEqualTo(2);
        assertThat(articles.history(LEAD_SUN, used)).containsExactly("article.drafted:E0102",
                "article.submitted-for-review:E0102", "article.review-approved:E0100", "article.published:E0100",
                "article.new-version-drafted:E0102", "article.submitted-for-review:E0102",
                "article.review-approved:E0100", "article.published:E0100", "article.used:E0102",
                "article.used:S0001");
    }
}
