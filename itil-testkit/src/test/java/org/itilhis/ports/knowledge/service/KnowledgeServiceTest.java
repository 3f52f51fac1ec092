package org.itilhis.ports.knowledge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.knowledge.service.KnowledgeDesk.inChinese;
import static org.itilhis.ports.knowledge.service.KnowledgeDesk.paperJam;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.knowledge.ReviewerIsAuthorException;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.knowledge.in.ArticleCommand;
import org.itilhis.ports.knowledge.in.ArticleDraft;
import org.itilhis.ports.knowledge.in.ArticleNotFoundException;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.in.WriteArticle;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.junit.jupiter.api.Test;

/**
 * Knowledge management's commands on the demo hospital: the outpatient printers' paper jam,
 * written by agent Chen and engineer Liu, reviewed by lead Sun and problem manager Zhao, read by
 * nurse Wang. Every refusal leaves the articles, the tickets, the event log and the index as they were.
 */
class KnowledgeServiceTest {
    private final KnowledgeDesk desk = new KnowledgeDesk();

    @Test
    void writingNumbersTheArticleAsADraftOfItsAuthorThatNobodyFindsYet() {
        ArticleView written = desk.write(AGENT_CHEN, paperJam(KnowledgeAudience.ALL_STAFF));

        assertThat(written.number()).hasToString("KB-2026-000001");
        assertThat(written.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(written.inProgress()).hasValueSatisfying(v -> assertThat(v.authors())
                .containsExactly(AGENT_CHEN.staffId()));
        assertThat(written.published()).isEmpty();
        assertThat(desk.logTypes()).endsWith("article.drafted");
        assertThat(desk.indexed("打印机卡纸")).isEmpty();
    }

    @Test
    void writingNeedsTheRightAnAudienceTheWriterReadsAndContentInChineseOrEnglishNamingTheField() {
        KnowledgeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.write(NURSE_WANG, paperJam(KnowledgeAudience.ALL_STAFF)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> desk.write(ENGINEER_LIU, paperJam(KnowledgeAudience.DESK)))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.VIEW_DESK_ARTICLES));
        assertThat(field(() -> desk.write(AGENT_CHEN, new ArticleDraft(null, null, KnowledgeAudience.ALL_STAFF,
                "desktop.printer", Set.of(), Set.of())))).isEqualTo("content");
        assertThat(field(() -> desk.write(AGENT_CHEN, new ArticleDraft(new ArticleDraft.Text(" ", "正文"), null,
                KnowledgeAudience.ALL_STAFF, "desktop.printer", null, null)))).isEqualTo("content.chinese.title");
        assertThat(field(() -> desk.write(AGENT_CHEN, new ArticleDraft(new ArticleDraft.Text("标题", "正文"), null,
                KnowledgeAudience.ALL_STAFF, "打印", null, null)))).isEqualTo("content.category");
        assertThat(field(() -> desk.write(AGENT_CHEN, new ArticleDraft(new ArticleDraft.Text("标题", "正文"), null,
                KnowledgeAudience.ALL_STAFF, "desktop.printer", null, Set.of("toaster"))))).isEqualTo("content.ciClasses");
        assertThat(field(() -> desk.write(AGENT_CHEN, new ArticleDraft(new ArticleDraft.Text("标题", "正文"), null,
                null, "desktop.printer", null, null)))).isEqualTo("content.audience");
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void theReviewerIsNeverTheAuthorAndTheDeskDoesNotReview() {
        ArticleId byLead = desk.write(LEAD_SUN, paperJam(KnowledgeAudience.ENGINEERS)).id();
        desk.handle(new ArticleCommand.SubmitForReview(LEAD_SUN, byLead, null));
        ArticleId byAgent = desk.write(AGENT_CHEN, paperJam(KnowledgeAudience.ALL_STAFF)).id();
        desk.handle(new ArticleCommand.SubmitForReview(AGENT_CHEN, byAgent, null));
        KnowledgeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ArticleCommand.ApproveReview(LEAD_SUN, byLead, null)))
                .isInstanceOf(ReviewerIsAuthorException.class);
        assertThatThrownBy(() -> desk.handle(new ArticleCommand.ApproveReview(AGENT_CHEN, byAgent, null)))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.REVIEW_ARTICLE));
        assertThat(desk.picture()).isEqualTo(before);

        ArticleView approved = desk.handle(new ArticleCommand.ApproveReview(PROBLEM_MANAGER_ZHAO, byLead, null));
        assertThat(approved.inProgress()).hasValueSatisfying(v -> assertThat(v.reviewer())
                .contains(PROBLEM_MANAGER_ZHAO.staffId()));
    }

    @Test
    void publishingWithoutAnApprovalIsRefusedAndPublishingIndexesThePublishedVersion() {
        ArticleId id = desk.write(AGENT_CHEN, paperJam(KnowledgeAudience.ALL_STAFF)).id();
        desk.handle(new ArticleCommand.SubmitForReview(AGENT_CHEN, id, null));
        KnowledgeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ArticleCommand.Publish(LEAD_SUN, id, null)))
                .isInstanceOf(GuardFailedException.class).hasMessageContaining("no reviewer has approved");
        assertThat(desk.picture()).isEqualTo(before);

        desk.handle(new ArticleCommand.ApproveReview(LEAD_SUN, id, null));
        ArticleView published = desk.handle(new ArticleCommand.Publish(LEAD_SUN, id, null));

        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(desk.indexed("打印机卡纸")).extracting(KnowledgeHit::id).containsExactly(id.toString());
        assertThat(desk.logTypes()).endsWith("article.submitted-for-review", "article.review-approved",
                "article.published");
    }

    @Test
    void aNewVersionLeavesThePublishedOneReadableAndIndexedUntilItIsPublished() {
        ArticleId id = desk.published(paperJam(KnowledgeAudience.ALL_STAFF)).id();

        desk.handle(new ArticleCommand.DraftNewVersion(ENGINEER_LIU, id, null,
                inChinese("新款打印机卡纸的处理", "先打开后盖，再取出纸张；检查纸张是否受潮。", KnowledgeAudience.ALL_STAFF)));
        desk.handle(new ArticleCommand.SubmitForReview(ENGINEER_LIU, id, null));

        ArticleView forNurse = desk.queries().article(NURSE_WANG, id);
        assertThat(forNurse.published()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));
        assertThat(forNurse.inProgress()).isEmpty();
        assertThat(desk.queries().article(AGENT_CHEN, id).inProgress()).hasValueSatisfying(v -> {
            assertThat(v.number()).isEqualTo(2);
            assertThat(v.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        });
        assertThat(desk.indexed("受潮")).isEmpty();
        assertThat(desk.indexed("前盖")).extracting(KnowledgeHit::id).containsExactly(id.toString());

        desk.handle(new ArticleCommand.ApproveReview(PROBLEM_MANAGER_ZHAO, id, null));
        desk.handle(new ArticleCommand.Publish(LEAD_SUN, id, null));

        assertThat(desk.queries().article(NURSE_WANG, id).published())
                .hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(2));
        assertThat(desk.indexed("受潮")).extracting(KnowledgeHit::id).containsExactly(id.toString());
        assertThat(desk.indexed("前盖")).isEmpty();
    }

    @Test
    void aRejectionNeedsAReasonAndSendsTheVersionBackToItsAuthors() {
        ArticleId id = desk.write(AGENT_CHEN, paperJam(KnowledgeAudience.ALL_STAFF)).id();
        desk.handle(new ArticleCommand.SubmitForReview(AGENT_CHEN, id, null));

        assertThat(field(() -> desk.handle(new ArticleCommand.RejectReview(LEAD_SUN, id, null, " "))))
                .isEqualTo("reason");
        ArticleView rejected = desk.handle(new ArticleCommand.RejectReview(LEAD_SUN, id, null, "第二步写反了"));

        assertThat(rejected.status()).isEqualTo(ArticleStatus.DRAFT);
        desk.handle(new ArticleCommand.EditDraft(AGENT_CHEN, id, null, paperJam(KnowledgeAudience.ALL_STAFF)));
    }

    @Test
    void retiringTakesTheArticleOutOfTheIndexAndOutOfReadersSightButNotTheEditors() {
        ArticleId id = desk.published(paperJam(KnowledgeAudience.ALL_STAFF)).id();

        assertThatThrownBy(() -> desk.handle(new ArticleCommand.Retire(ENGINEER_LIU, id, null, "过时")))
                .isInstanceOf(NotPermittedException.class);
        desk.handle(new ArticleCommand.Retire(LEAD_SUN, id, null, "打印机已全部更换"));

        assertThat(desk.indexed("打印机卡纸")).isEmpty();
        assertThatThrownBy(() -> desk.queries().article(NURSE_WANG, id)).isInstanceOf(ArticleNotFoundException.class);
        assertThat(desk.queries().article(AGENT_CHEN, id).status()).isEqualTo(ArticleStatus.RETIRED);
    }

    @Test
    void anArticleOutsideTheActorsAudiencesDoesNotExistForThemEvenToChangeIt() {
        ArticleId script = desk.published(paperJam(KnowledgeAudience.DESK)).id();
        KnowledgeDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ArticleCommand.DraftNewVersion(ENGINEER_LIU, script, null,
                paperJam(KnowledgeAudience.ENGINEERS)))).isInstanceOf(ArticleNotFoundException.class)
                .hasMessageContaining(script.toString());
        assertThatThrownBy(() -> desk.handle(new ArticleCommand.SubmitForReview(AGENT_CHEN,
                new ArticleId(new UUID(1, 1)), null))).isInstanceOf(ArticleNotFoundException.class);
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void aStaleExpectedVersionIsAVersionConflict() {
        ArticleView written = desk.write(AGENT_CHEN, paperJam(KnowledgeAudience.ALL_STAFF));
        desk.handle(new ArticleCommand.EditDraft(ENGINEER_LIU, written.id(), written.version(),
                paperJam(KnowledgeAudience.ENGINEERS)));

        assertThatThrownBy(() -> desk.handle(new ArticleCommand.SubmitForReview(AGENT_CHEN, written.id(),
                written.version()))).isInstanceOfSatisfying(VersionConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("article.version-conflict"));
    }

    @Test
    void aLinkedItemMustBeInTheCmdbAndFindsItsArticles() {
        ArticleId id = desk.published(paperJam(KnowledgeAudience.ALL_STAFF)).id();
        CiId printer = desk.hospital.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN,
                "printer", new CiData("PRN-1", "门诊一楼打印机", null, "Main campus", "Building 1", "1F",
                        "Outpatient hall", "it", "desktop-first-line", ServiceCriticality.GENERAL, "HP", null,
                        Map.of("printerKind", "laser")), CiStatus.IN_USE)).item().id();

        assertThatThrownBy(() -> desk.handle(new ArticleCommand.LinkCi(AGENT_CHEN, id, null,
                new CiId(new UUID(4, 4))))).isInstanceOf(CiNotFoundException.class);
        desk.handle(new ArticleCommand.LinkCi(AGENT_CHEN, id, null, printer));

        assertThat(desk.queries().linkedTo(NURSE_WANG, printer)).extracting(ArticleView::id).containsExactly(id);
        assertThat(desk.queries().linkedTo(NURSE_WANG, printer).get(0).linkedCis()).containsExactly(printer);
    }

    @Test
    void theIndexIsRebuiltFromTheStoredPublishedArticles() {
        ArticleId published = desk.published(paperJam(KnowledgeAudience.ALL_STAFF)).id();
        desk.write(AGENT_CHEN, inChinese("打印机脱机", "取消脱机使用打印机。", KnowledgeAudience.ALL_STAFF));
        desk.hospital.desk.knowledgeIndex.rebuild(KnowledgeDocument.Kind.ARTICLE, Stream.empty());

        assertThat(desk.hospital.desk.knowledge.rebuildIndex()).isEqualTo(1);

        assertThat(desk.indexed("打印机")).extracting(KnowledgeHit::id).containsExactly(published.toString());
    }

    @Test
    void aCommandWithoutAnActorIsInvalidBeforeAnythingHappens() {
        assertThat(field(() -> desk.articles().write(new WriteArticle(null, paperJam(KnowledgeAudience.ALL_STAFF)))))
                .isEqualTo("actor");
    }

    /** The field an {@link InvalidCommandException} names first. */
    private static String field(Runnable command) {
        try {
            command.run();
        } catch (InvalidCommandException invalid) {
            return invalid.violations().get(0).field();
        }
        throw new AssertionError("the command was not refused as invalid");
    }
}
