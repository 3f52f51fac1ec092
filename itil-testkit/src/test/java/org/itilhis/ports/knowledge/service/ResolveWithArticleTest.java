package org.itilhis.ports.knowledge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.knowledge.service.KnowledgeDesk.inChinese;
import static org.itilhis.ports.knowledge.service.KnowledgeDesk.paperJam;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.util.UUID;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.workflow.WorkflowException;
import org.itilhis.ports.knowledge.in.ArticleNotFoundException;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.in.ResolveContactWithArticle;
import org.itilhis.ports.knowledge.in.ResolveTicketWithArticle;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.junit.jupiter.api.Test;

/**
 * "Linking an article when resolving a ticket counts as used": the desk's own use case resolves
 * the ticket or the call, its note naming the article, and the article counts the use, in one
 * transaction; the index learns the new count after the commit, so the articles the desk finds
 * useful rise in its searches.
 */
class ResolveWithArticleTest {
    private final KnowledgeDesk desk = new KnowledgeDesk();

    @Test
    void resolvingATicketWithAnArticleResolvesItNamingTheArticleAndCountsOneUse() {
        ArticleView article = desk.published(paperJam(KnowledgeAudience.ALL_STAFF));
        TicketView incident = desk.incidentInProgress();

        TicketView resolved = desk.articles().resolveTicket(new ResolveTicketWithArticle(ENGINEER_LIU, incident.id(),
                null, article.id(), ResolutionCode.ADVICE_GIVEN, "按文章取出卡纸，已恢复打印"));

        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(desk.hospital.stored(incident.id()).resolution()).hasValueSatisfying(resolution -> {
            assertThat(resolution.code()).isEqualTo(ResolutionCode.ADVICE_GIVEN);
            assertThat(resolution.note()).isEqualTo("KB-2026-000001: 按文章取出卡纸，已恢复打印");
        });
        assertThat(desk.queries().article(NURSE_WANG, article.id()).timesUsed()).isEqualTo(1);
        assertThat(desk.logTypes()).endsWith("ticket.resolved", "article.used");
    }

    @Test
    void theArticlesTheDeskUsesRiseInTheIndex() {
        ArticleId first = desk.published(inChinese("打印机卡纸", "取出卡纸。", KnowledgeAudience.ALL_STAFF)).id();
        ArticleId second = desk.published(inChinese("打印机卡纸", "取出卡纸。", KnowledgeAudience.ALL_STAFF)).id();
        ArticleId useful = desk.indexed("打印机卡纸").get(1).id().equals(first.toString()) ? first : second;

        for (int call = 0; call < 3; call++) {
            TicketView incident = desk.incidentInProgress();
            desk.articles().resolveTicket(new ResolveTicketWithArticle(ENGINEER_LIU, incident.id(), null, useful,
                    ResolutionCode.ADVICE_GIVEN, "按文章处理"));
        }

        assertThat(desk.indexed("打印机卡纸")).extracting(KnowledgeHit::id).first().isEqualTo(useful.toString());
        assertThat(desk.queries().find(AGENT_CHEN, "打印机卡纸", 5)).extracting(ArticleView::id).first()
                .isEqualTo(useful);
    }

    @Test
    void aDraftAnUnknownArticleOrATicketTheActorMayNotResolveChangesNothing() {
        ArticleId draft = desk.write(AGENT_CHEN, paperJam(KnowledgeAudience.ALL_STAFF)).id();
        ArticleId published = desk.published(paperJam(KnowledgeAudience.ALL_STAFF)).id();
        TicketView incident = desk.incidentInProgress();
        KnowledgeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.articles().resolveTicket(new ResolveTicketWithArticle(ENGINEER_LIU,
                incident.id(), null, draft, ResolutionCode.ADVICE_GIVEN, "试一试")))
                .isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> desk.articles().resolveTicket(new ResolveTicketWithArticle(ENGINEER_LIU,
                incident.id(), null, new ArticleId(new UUID(2, 2)), ResolutionCode.ADVICE_GIVEN, "试一试")))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> desk.articles().resolveTicket(new ResolveTicketWithArticle(SPECIALIST_HUANG,
                incident.id(), null, published, ResolutionCode.ADVICE_GIVEN, "不是我组的工单")))
                .isInstanceOf(TicketNotFoundException.class);

        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void anArticleOutsideTheResolversAudiencesIsNotFound() {
        ArticleId script = desk.published(paperJam(KnowledgeAudience.DESK)).id();
        TicketView incident = desk.incidentInProgress();

        assertThatThrownBy(() -> desk.articles().resolveTicket(new ResolveTicketWithArticle(ENGINEER_LIU,
                incident.id(), null, script, ResolutionCode.ADVICE_GIVEN, "按话术处理")))
                .isInstanceOf(ArticleNotFoundException.class);
    }

    @Test
    void resolvingACallAtFirstContactWithAnArticleResolvesTheContactAndCountsTheUse() {
        ArticleId article = desk.published(paperJam(KnowledgeAudience.ALL_STAFF)).id();
        ContactView call = desk.hospital.nurseWangCalls("打印机卡纸了");

        ContactView resolved = desk.articles().resolveAtFirstContact(new ResolveContactWithArticle(AGENT_CHEN,
                call.id(), article, ResolutionCode.ADVICE_GIVEN, "指导来电人取出卡纸"));

        assertThat(resolved.status()).isEqualTo(ContactStatus.RESOLVED_AT_FIRST_CONTACT);
        assertThat(resolved.outcome()).isInstanceOfSatisfying(ContactOutcome.ResolvedAtFirstContact.class,
                outcome -> assertThat(outcome.resolution().note()).startsWith("KB-2026-000001: "));
        assertThat(desk.queries().article(AGENT_CHEN, article).timesUsed()).isEqualTo(1);
        assertThat(desk.indexed("打印机卡纸")).isNotEmpty();
    }
}
