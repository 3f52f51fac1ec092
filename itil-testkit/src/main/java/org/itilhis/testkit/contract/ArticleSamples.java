package org.itilhis.testkit.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleText;
import org.itilhis.core.knowledge.ContentLanguage;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.testkit.DemoHospital;

/**
 * Articles for the contracts: the outpatient printers' paper jam, brought by the workflow's own
 * steps into each state, with texts in Chinese (one character outside the Basic Multilingual
 * Plane), English and both, and instants with microseconds.
 */
final class ArticleSamples {
    static final Instant WRITTEN_AT = Instant.parse("2026-03-02T01:02:03.123456Z");
    static final StaffId AUTHOR = DemoHospital.AGENT_CHEN.staffId();
    static final StaffId REVIEWER = DemoHospital.LEAD_SUN.staffId();
    static final CiId CI = new CiId(new UUID(0xC1L, 1));
    static final TicketId TICKET = new TicketId(new UUID(0xAL, 1));

    private ArticleSamples() {
    }

    /** How far along the workflow a sample article is. */
    enum Stage {
        DRAFT, IN_REVIEW_APPROVED, PUBLISHED_USED_TWICE, PUBLISHED_WITH_A_NEW_VERSION, SUPERSEDED, RETIRED
    }

    static ArticleContent content(KnowledgeAudience audience, String category) {
        return ArticleContent.of(Map.of(
                        ContentLanguage.ZH, ArticleText.of("门诊打印机卡纸的处理", "关闭电源，打开前盖，顺着出纸方向取出卡纸；𠀀 型号先开后盖。"),
                        ContentLanguage.EN, ArticleText.of("Clearing a paper jam", "Switch off, open the cover.")),
                audience, CategoryCode.of(category), List.of("打印机", "printer"), List.of("printer"));
    }

    static ArticleContent english(String title) {
        return ArticleContent.of(Map.of(ContentLanguage.EN, ArticleText.of(title, "Use the VPN client.")),
                KnowledgeAudience.ENGINEERS, CategoryCode.of("network.vpn"), List.of(), List.of());
    }

    static Article drafted(ArticleId id, ArticleNumber number, ArticleContent content) {
        return Article.draft(id, number, content, AUTHOR, WRITTEN_AT);
    }

    /** An all-staff article at {@code stage}, linked to one item. */
    static Article at(Stage stage, ArticleId id, ArticleNumber number) {
        Article article = drafted(id, number, content(KnowledgeAudience.ALL_STAFF, "desktop.printer"));
        article.linkCi(CI, AUTHOR, tick(1));
        if (stage == Stage.DRAFT) {
            return article;
        }
        article.submitForReview(AUTHOR, tick(2));
        article.approve(REVIEWER, tick(3));
        if (stage == Stage.IN_REVIEW_APPROVED) {
            return article;
        }
        article.publish(REVIEWER, tick(4));
        switch (stage) {
            case PUBLISHED_USED_TWICE -> {
                article.use(DeskCase.ticket(TICKET), AUTHOR, tick(5));
                article.use(DeskCase.ticket(TICKET), AUTHOR, tick(6));
            }
            case PUBLISHED_WITH_A_NEW_VERSION -> article.draftNewVersion(english("Paper jam, new model"),
                    AUTHOR, tick(5));
            case SUPERSEDED -> {
                article.draftNewVersion(english("Paper jam, new model"), AUTHOR, tick(5));
                article.submitForReview(AUTHOR, tick(6));
                article.approve(REVIEWER, tick(7));
                article.publish(REVIEWER, tick(8));
            }
            case RETIRED -> article.retire("打印机已更换", REVIEWER, tick(5));
            default -> throw new IllegalStateException(stage.toString());
        }
        return article;
    }

    static Instant tick(int minutes) {
        return WRITTEN_AT.plusSeconds(60L * minutes);
    }
}
