package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's conventions on knowledge articles: idempotent writing, conditional steps ({@code
 * If-Match}, {@code If-None-Match}), refusals in the reader's language, audiences (an article
 * outside the reader's is 404, as one that does not exist), the reviewer who is an author, and
 * cursor pages.
 */
class KnowledgeHttpTest {
    private static RunningApi api;
    private static ArticleDesk articles;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        articles = new ArticleDesk(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aRetryWithTheSameKeyWritesNothingNewAndAnotherRequestWithItIsRefused() {
        ObjectNode body = ArticleDesk.article("扫描仪驱动崩溃", "Scanner driver crashes", "ENGINEERS");
        RunningApi.Reply first = api.post("/api/v1/articles").as(ENGINEER_LIU).header("Idempotency-Key", "scan-kb-1")
                .json(body).send();
        int events = api.eventCount();

        RunningApi.Reply retry = api.post("/api/v1/articles").as(ENGINEER_LIU).header("Idempotency-Key", "scan-kb-1")
                .json(body).send();

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.eventCount()).isEqualTo(events);
        Problems.refused(api, 422, "request.idempotency-key-reused", () -> api.post("/api/v1/articles")
                .as(ENGINEER_LIU).header("Idempotency-Key", "scan-kb-1").json(body.put("category", "desktop"))
                .send());
    }

    @Test
    void anInvalidArticleNamesEveryFieldInTheReadersLanguage() {
        ObjectNode body = ArticleDesk.article(" ", "Printer jam", "ALL_STAFF").put("category", " ");
        body.putArray("ciClasses").add("Printer!");

        JsonNode english = Problems.refused(api, 400, "request.invalid",
                () -> api.post("/api/v1/articles").as(ENGINEER_ZHOU).json(body).send());
        JsonNode chinese = Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/articles")
                .as(ENGINEER_ZHOU).header("Accept-Language", "zh-CN").json(body).send());

        assertThat(Problems.fields(english)).contains("category", "chinese.title").allSatisfy(field ->
                assertThat(field).doesNotStartWith("content."));
        assertThat(english.get("errors").toString()).doesNotContainPattern("\\p{IsHan}");
        assertThat(chinese.get("errors").toString()).containsPattern("\\p{IsHan}");
        JsonNode badNumber = Problems.refused(api, 400, "request.invalid", () -> api.get("/api/v1/articles/KB-26-1")
                .as(AGENT_CHEN).header("Accept-Language", "zh-CN").send());
        assertThat(badNumber.get("errors").toString()).contains("KB-2026-000001", "知识文章编号");
        JsonNode noWords = Problems.refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/articles/search?q=%20").as(AGENT_CHEN).send());
        assertThat(Problems.fields(noWords)).containsExactly("q");
    }

    @Test
    void aReporterReadsOnlyPublishedAllStaffArticles() {
        JsonNode forEngineers = articles.published(ENGINEER_ZHOU, LEAD_SUN,
                ArticleDesk.article("交换机端口配置", "Switch port configuration", "ENGINEERS"));
        JsonNode forAll = articles.published(ENGINEER_ZHOU, LEAD_SUN,
                ArticleDesk.article("如何更换打印纸", "Loading printer paper", "ALL_STAFF"));
        JsonNode draft = articles.write(ENGINEER_ZHOU, ArticleDesk.article("草稿", "A draft", "ALL_STAFF"));

        Problems.refused(api, 404, "article.not-found", () -> articles.read(NURSE_WANG, forEngineers));
        Problems.refused(api, 404, "article.not-found",
                () -> api.get("/api/v1/articles/" + forEngineers.get("number").asText()).as(NURSE_WANG).send());
        Problems.refused(api, 404, "article.not-found", () -> articles.read(NURSE_WANG, draft));
        RunningApi.Reply read = articles.read(NURSE_WANG, forAll);
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.json().at("/published/chinese/title").asText()).isEqualTo("如何更换打印纸");
        assertThat(articles.read(ENGINEER_LIU, forEngineers).status()).isEqualTo(200);
        assertThat(articles.find(NURSE_WANG, "交换机端口")).doesNotContain(forEngineers.get("number").asText());
        assertThat(articles.find(ENGINEER_LIU, "交换机端口")).contains(forEngineers.get("number").asText());
        List<String> listed = numbers(api.get("/api/v1/articles?limit=100").as(NURSE_WANG).send().json());
        assertThat(listed).contains(forAll.get("number").asText())
                .doesNotContain(forEngineers.get("number").asText(), draft.get("number").asText());
        Problems.refused(api, 403, "access.denied", () -> api.get(ArticleDesk.path(forAll) + "/history")
                .as(VENDOR_ENGINEER).send());
    }

    @Test
    void aStepNeedsTheCurrentETagAndOneTheWorkflowRefusesNamesTheStepsAllowed() {
        JsonNode article = articles.write(ENGINEER_ZHOU, ArticleDesk.article("显示器闪烁", "Flickering monitor",
                "ALL_STAFF"));
        JsonNode submitted = articles.step(ENGINEER_ZHOU, article, "submit", null);

        Problems.refused(api, 412, "article.version-conflict", () -> articles.attempt(ENGINEER_ZHOU, article,
                "edit", ArticleDesk.article("显示器闪烁", "Flickering monitor", "ALL_STAFF")));
        Problems.refused(api, 428, "request.precondition-required",
                () -> api.post(ArticleDesk.path(article) + "/submit").as(ENGINEER_ZHOU).send());
        JsonNode illegal = Problems.refused(api, 409, "workflow.illegal-transition",
                () -> articles.attempt(ENGINEER_ZHOU, submitted, "submit", null));
        assertThat(illegal.get("allowedActions")).extracting(JsonNode::asText).contains("approve", "reject", "retire")
                .doesNotContain("submit", "edit");
        JsonNode unapproved = Problems.refused(api, 409, "workflow.guard-failed",
                () -> articles.attempt(LEAD_SUN, submitted, "publish", null));
        assertThat(unapproved.get("detail").asText()).contains("approve");
        JsonNode chinese = Problems.refused(api, 409, "workflow.illegal-transition", () -> api.post(
                ArticleDesk.path(submitted) + "/new-version").as(ENGINEER_ZHOU)
                .header("If-Match", ArticleDesk.etag(submitted)).header("Accept-Language", "zh-CN")
                .json(ArticleDesk.article("显示器闪烁", "Flickering monitor", "ALL_STAFF")).send());
        assertThat(chinese.get("detail").asText()).containsPattern("\\p{IsHan}");
        Problems.refused(api, 400, "request.body-required", () -> articles.attempt(LEAD_SUN, submitted, "reject", null));
        Problems.refused(api, 400, "request.invalid",
                () -> articles.attempt(LEAD_SUN, submitted, "reject", object().put("reason", " ")));
        JsonNode rejected = articles.step(LEAD_SUN, submitted, "reject", object().put("reason", "Add a photo"));
        assertThat(rejected.get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aReviewerWhoWroteTheVersionIsToldAnotherMustReviewIt() {
        JsonNode own = articles.write(LEAD_SUN, ArticleDesk.article("键盘失灵", "Dead keyboard", "ALL_STAFF"));
        JsonNode submitted = articles.step(LEAD_SUN, own, "submit", null);

        JsonNode english = Problems.refused(api, 409, "article.reviewer-is-author",
                () -> articles.attempt(LEAD_SUN, submitted, "approve", null));
        JsonNode chinese = Problems.refused(api, 409, "article.reviewer-is-author", () -> api.post(
                ArticleDesk.path(submitted) + "/approve").as(LEAD_SUN).header("If-Match", ArticleDesk.etag(submitted))
                .header("Accept-Language", "zh-CN").send());

        assertThat(english.get("detail").asText()).contains("another reviewer");
        assertThat(chinese.get("detail").asText()).containsPattern("\\p{IsHan}");
    }

    @Test
    void articlesAreReadByNumberWithTheirETagAndListedByCursorPages() {
        JsonNode first = articles.write(AGENT_CHEN, ArticleDesk.article("密码重置", "Password reset", "DESK"));
        articles.write(AGENT_CHEN, ArticleDesk.article("账户锁定", "Account locked", "DESK"));
        articles.write(AGENT_CHEN, ArticleDesk.article("邮箱已满", "Mailbox full", "DESK"));

        RunningApi.Reply byNumber = api.get("/api/v1/articles/" + first.get("number").asText()).as(AGENT_CHEN).send();
        RunningApi.Reply unchanged = api.get(ArticleDesk.path(first)).as(AGENT_CHEN)
                .header("If-None-Match", ArticleDesk.etag(first)).send();
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.etag()).isEqualTo(ArticleDesk.etag(first));
        assertThat(unchanged.status()).isEqualTo(304);
        Problems.refused(api, 404, "article.not-found",
                () -> api.get("/api/v1/articles/" + UUID.randomUUID()).as(AGENT_CHEN).send());

        List<String> all = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/articles?status=DRAFT&category=printer&limit=2"
                    + (next == null ? "" : "&cursor=" + next)).as(AGENT_CHEN).send().json();
            all.addAll(numbers(page));
            next = page.path("next").isMissingNode() ? null : page.get("next").asText();
            pages++;
        } while (next != null && pages < 50);
        assertThat(all).doesNotHaveDuplicates().contains(first.get("number").asText()).isSorted();
        Problems.refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/articles?status=LOST&cursor=xyz&ci=no").as(AGENT_CHEN).send());
    }

    @Test
    void aConfigurationItemIsLinkedAndUnlinked() {
        JsonNode article = articles.write(ENGINEER_ZHOU, ArticleDesk.article("门诊打印机", "Outpatient printer",
                "ALL_STAFF"));
        Problems.refused(api, 404, "cmdb.ci-not-found", () -> articles.attempt(ENGINEER_ZHOU, article, "cis",
                object().put("ci", UUID.randomUUID().toString())));
        Problems.refused(api, 400, "request.invalid",
                () -> articles.attempt(ENGINEER_ZHOU, article, "cis", object().put("ci", "printer-1")));
        RunningApi.Reply unlinked = api.delete(ArticleDesk.path(article) + "/cis/" + UUID.randomUUID())
                .as(ENGINEER_ZHOU).header("If-Match", ArticleDesk.etag(article)).send();
        assertThat(unlinked.status()).as("unlinking one not linked changes nothing: %s", unlinked).isEqualTo(200);
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("number").asText()));
        return numbers;
    }
}
