package org.itilhis.core.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.StaffId;

/**
 * The outpatient printers' paper jam as a knowledge article, written by agent Chen, reviewed by
 * lead Sun, brought into any state by its workflow's own steps, at a clock that moves a minute per
 * step.
 */
final class ArticleFixture {
    static final StaffId AGENT_CHEN = StaffId.of("A1001");
    static final StaffId ENGINEER_LIU = StaffId.of("E2001");
    static final StaffId LEAD_SUN = StaffId.of("L3001");
    static final StaffId MANAGER_ZHAO = StaffId.of("PM0001");

    static final ArticleContent PAPER_JAM = content(KnowledgeAudience.ALL_STAFF,
            "门诊打印机卡纸的处理", "关闭电源，打开前盖，顺着出纸方向慢慢取出卡住的纸张。",
            "Clearing a paper jam on the outpatient printers", "Switch off, open the front cover, pull the paper out.");
    static final ArticleContent PAPER_JAM_V2 = content(KnowledgeAudience.ALL_STAFF,
            "门诊打印机卡纸的处理（新款打印机）", "新款打印机需先打开后盖，再取出纸张；检查纸张是否受潮。",
            "Clearing a paper jam on the outpatient printers", "On the new model open the rear cover first.");
    static final ArticleContent DESK_SCRIPT = ArticleContent.of(
            Map.of(ContentLanguage.ZH, ArticleText.of("打印机卡纸来电话术", "先请来电人关闭打印机电源……")),
            KnowledgeAudience.DESK, CategoryCode.of("desktop.printer"), List.of("话术"), List.of());

    private Instant now = Instant.parse("2026-03-02T08:00:00Z");
    private long sequence;

    static ArticleContent content(KnowledgeAudience audience, String zhTitle, String zhBody, String enTitle,
                                  String enBody) {
        return ArticleContent.of(Map.of(ContentLanguage.ZH, ArticleText.of(zhTitle, zhBody),
                        ContentLanguage.EN, ArticleText.of(enTitle, enBody)), audience,
                CategoryCode.of("desktop.printer"), List.of("打印机", "卡纸", "printer"), List.of("printer"));
    }

    Instant tick() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    /** A new draft by agent Chen; its event pending. */
    Article drafted() {
        sequence++;
        return Article.draft(new ArticleId(new UUID(3, sequence)), ArticleNumber.of(2026, sequence), PAPER_JAM,
                AGENT_CHEN, tick());
    }

    /** Agent Chen's article in review, approved by lead Sun if {@code approved}; events pulled. */
    Article inReview(boolean approved) {
        Article article = drafted();
        article.submitForReview(AGENT_CHEN, tick());
        if (approved) {
            article.approve(LEAD_SUN, tick());
        }
        article.pullEvents();
        return article;
    }

    /** Agent Chen's article published after lead Sun's approval; events pulled. */
    Article published() {
        Article article = inReview(true);
        article.publish(LEAD_SUN, tick());
        article.pullEvents();
        return article;
    }

    /** The published article with a second version in review, written by engineer Liu; events pulled. */
    Article publishedWithNewVersionInReview() {
        Article article = published();
        article.draftNewVersion(PAPER_JAM_V2, ENGINEER_LIU, tick());
        article.submitForReview(ENGINEER_LIU, tick());
        article.pullEvents();
        return article;
    }
}
