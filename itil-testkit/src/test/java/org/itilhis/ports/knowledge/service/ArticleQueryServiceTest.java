package org.itilhis.ports.knowledge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.knowledge.service.KnowledgeDesk.inChinese;
import static org.itilhis.ports.knowledge.service.KnowledgeDesk.paperJam;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PRIVACY_OFFICER_HE;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import java.util.List;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.knowledge.ArticleEvent;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.knowledge.in.ArticleNotFoundException;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.junit.jupiter.api.Test;

/**
 * Who reads which articles: reporters and the vendor the published all-staff ones, engineers the
 * engineers' too and the drafts they may work on, the desk every audience; the same narrowing for
 * a search of the records, a search of the words people type and a look-up by number.
 */
class ArticleQueryServiceTest {
    private final KnowledgeDesk desk = new KnowledgeDesk();
    private final ArticleId forAll = desk.published(paperJam(KnowledgeAudience.ALL_STAFF)).id();
    private final ArticleId forEngineers = desk.published(inChinese("打印机驱动重装", "在打印服务器上重新安装打印机驱动。",
            KnowledgeAudience.ENGINEERS)).id();
    private final ArticleId forTheDesk = desk.published(inChinese("打印机卡纸来电话术", "先请来电人关闭打印机电源。",
            KnowledgeAudience.DESK)).id();
    private final ArticleId draft = desk.write(ENGINEER_LIU, inChinese("打印机脱机", "取消脱机使用打印机。",
            KnowledgeAudience.ALL_STAFF)).id();

    @Test
    void eachReaderSearchesOnlyTheAudiencesTheyReadAndOnlyEditorsSeeDrafts() {
        assertThat(searched(NURSE_WANG)).containsExactly(forAll);
        assertThat(searched(VENDOR_ENGINEER)).containsExactly(forAll);
        assertThat(searched(ENGINEER_LIU)).containsExactly(forAll, forEngineers, draft);
        assertThat(searched(AGENT_CHEN)).containsExactly(forAll, forEngineers, forTheDesk, draft);
        assertThat(searched(PRIVACY_OFFICER_HE)).isEmpty();
        assertThat(desk.queries().search(AGENT_CHEN, ArticleSearch.all(10).withStatuses(List.of(ArticleStatus.DRAFT))))
                .extracting(ArticleView::id).containsExactly(draft);
        assertThat(desk.queries().search(AGENT_CHEN, ArticleSearch.all(10).within(CategoryCode.of("network"))))
                .isEmpty();
    }

    @Test
    void whatPeopleTypeIsSearchedInTheIndexWithinTheirAudiences() {
        assertThat(found(NURSE_WANG, "打印机")).containsExactly(forAll);
        assertThat(found(ENGINEER_LIU, "打印机")).containsExactlyInAnyOrder(forAll, forEngineers);
        assertThat(found(AGENT_CHEN, "打印机")).containsExactlyInAnyOrder(forAll, forEngineers, forTheDesk);
        assertThat(found(AGENT_CHEN, "脱机")).as("a draft is not in the index").isEmpty();
        assertThat(found(PRIVACY_OFFICER_HE, "打印机")).isEmpty();
    }

    @Test
    void anArticleOutsideTheReadersAudiencesIsNotFoundByIdOrNumber() {
        ArticleNumber number = desk.queries().article(AGENT_CHEN, forTheDesk).number();

        assertThat(desk.queries().byNumber(ENGINEER_LIU, number)).isEmpty();
        assertThat(desk.queries().byNumber(AGENT_CHEN, number)).isPresent();
        assertThatThrownBy(() -> desk.queries().article(NURSE_WANG, draft))
                .isInstanceOf(ArticleNotFoundException.class);
    }

    @Test
    void theHistoryIsForThoseWhoWriteOrReviewArticles() {
        assertThat(desk.queries().history(AGENT_CHEN, forAll)).extracting(event -> ((ArticleEvent) event).type())
                .containsExactly("article.drafted", "article.submitted-for-review", "article.review-approved",
                        "article.published");
        assertThatThrownBy(() -> desk.queries().history(NURSE_WANG, forAll)).isInstanceOf(NotPermittedException.class);
    }

    private List<ArticleId> searched(Actor actor) {
        return desk.queries().search(actor, ArticleSearch.all(10)).stream().map(ArticleView::id).toList();
    }

    private List<ArticleId> found(Actor actor, String text) {
        return desk.queries().find(actor, text, 10).stream().map(ArticleView::id).toList();
    }
}
