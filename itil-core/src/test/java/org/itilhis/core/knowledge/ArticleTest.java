package org.itilhis.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.knowledge.ArticleFixture.AGENT_CHEN;
import static org.itilhis.core.knowledge.ArticleFixture.ENGINEER_LIU;
import static org.itilhis.core.knowledge.ArticleFixture.LEAD_SUN;
import static org.itilhis.core.knowledge.ArticleFixture.MANAGER_ZHAO;
import static org.itilhis.core.knowledge.ArticleFixture.PAPER_JAM;
import static org.itilhis.core.knowledge.ArticleFixture.PAPER_JAM_V2;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleEvent.Drafted;
import org.itilhis.core.knowledge.ArticleEvent.Published;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final TicketId TICKET = new TicketId(new UUID(9, 1));
    private static final CiId PRINTER = new CiId(new UUID(7, 1));

    private final ArticleFixture fixture = new ArticleFixture();

    @Test
    void aNewArticleIsADraftAtVersionOneByItsAuthorPublishedNowhere() {
        Article article = fixture.drafted();

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.authors()).containsExactly(AGENT_CHEN);
            assertThat(v.reviewer()).isEmpty();
        });
        assertThat(article.published()).isEmpty();
        assertThat(article.pullEvents()).singleElement().isInstanceOf(Drafted.class)
                .extracting(ArticleEvent::type).isEqualTo("article.drafted");
    }

    @Test
    void contentIsInChineseOrEnglishOrBothAndNeverInNone() {
        assertThat(PAPER_JAM.languages()).containsExactly(ContentLanguage.ZH, ContentLanguage.EN);
        assertThat(PAPER_JAM.headline().title()).isEqualTo("门诊打印机卡纸的处理");
        assertThatThrownBy(() -> ArticleContent.of(Map.of(), KnowledgeAudience.ALL_STAFF,
                CategoryCode.of("desktop.printer"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one language");
        assertThatThrownBy(() -> ArticleText.of("  ", "body")).isInstanceOf(IllegalArgumentException.class);
        ArticleContent english = ArticleContent.of(Map.of(ContentLanguage.EN, ArticleText.of(" VPN from home ",
                "Use the hospital's VPN client.")), KnowledgeAudience.ENGINEERS, CategoryCode.of("network.vpn"),
                List.of(" vpn "), List.of());
        assertThat(english.headline().title()).isEqualTo("VPN from home");
        assertThat(english.tags()).containsExactly("vpn");
    }

    @Test
    void anAuthorsEditsReplaceTheDraftAndEveryEditorBecomesAnAuthor() {
        Article article = fixture.drafted();

        article.editDraft(PAPER_JAM_V2, ENGINEER_LIU, fixture.tick());

        assertThat(article.latest().content()).isEqualTo(PAPER_JAM_V2);
        assertThat(article.latest().authors()).containsExactly(AGENT_CHEN, ENGINEER_LIU);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void theReviewerIsNeverAnAuthorOfTheVersionNeitherToApproveNorToReject() {
        Article article = fixture.drafted();
        article.editDraft(PAPER_JAM_V2, ENGINEER_LIU, fixture.tick());
        article.submitForReview(AGENT_CHEN, fixture.tick());
        article.pullEvents();

        assertThatThrownBy(() -> article.approve(AGENT_CHEN, fixture.tick()))
                .isInstanceOfSatisfying(ReviewerIsAuthorException.class, e -> {
                    assertThat(e.code()).isEqualTo("article.reviewer-is-author");
                    assertThat(e.reviewer()).isEqualTo(AGENT_CHEN);
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("KB-2026-000001", "A1001");
                });
        assertThatThrownBy(() -> article.reject("不够清楚", ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(ReviewerIsAuthorException.class);
        assertThat(article.pendingEvents()).isEmpty();
        assertThat(article.latest().reviewer()).isEmpty();
    }

    @Test
    void publishingWithoutAReviewersApprovalIsRefusedNamingTheGuard() {
        Article article = fixture.inReview(false);

        assertThatThrownBy(() -> article.publish(LEAD_SUN, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo(ArticleWorkflows.REVIEW_APPROVED.name()))
                .hasMessageContaining("no reviewer has approved this version");
        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(article.pendingEvents()).isEmpty();
    }

    @Test
    void aDraftIsPublishedOnlyThroughReviewNeverStraightAway() {
        Article article = fixture.drafted();

        assertThatThrownBy(() -> article.publish(LEAD_SUN, fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).containsExactly("EDIT", "SUBMIT", "RETIRE"));
    }

    @Test
    void anApprovedVersionIsPublishedWithItsReviewerAndTheInstant() {
        Article article = fixture.inReview(true);

        article.publish(MANAGER_ZHAO, fixture.tick());

        ArticleVersion published = article.published().orElseThrow();
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.reviewer()).contains(LEAD_SUN);
        assertThat(published.publishedAt()).isPresent();
        assertThat(article.pullEvents()).singleElement().isInstanceOfSatisfying(Published.class,
                e -> assertThat(e.superseded()).isEmpty());
    }

    @Test
    void aRejectedVersionGoesBackToDraftWithItsApprovalForgotten() {
        Article article = fixture.inReview(true);

        article.reject("第二步写反了", MANAGER_ZHAO, fixture.tick());

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.latest().reviewer()).isEmpty();
        assertThatThrownBy(() -> article.reject("again", MANAGER_ZHAO, fixture.tick()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRejectionOrARetirementNeedsAReason() {
        Article article = fixture.inReview(false);

        assertThatThrownBy(() -> article.reject(" ", LEAD_SUN, fixture.tick()))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(ArticleWorkflows.REASON));
        assertThatThrownBy(() -> article.retire(null, LEAD_SUN, fixture.tick()))
                .isInstanceOf(MissingRequiredFieldException.class);
    }

    @Test
    void aNewVersionIsDraftedBesideThePublishedOneWhichStaysReadableUntilTheNewOneIsPublished() {
        Article article = fixture.published();
        ArticleVersion first = article.published().orElseThrow();

        article.draftNewVersion(PAPER_JAM_V2, ENGINEER_LIU, fixture.tick());
        article.submitForReview(ENGINEER_LIU, fixture.tick());
        article.approve(AGENT_CHEN, fixture.tick());

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.published()).contains(first);
        assertThat(article.content()).isEqualTo(PAPER_JAM);
        assertThat(article.versionInProgress()).map(ArticleVersion::number).contains(2);

        article.publish(LEAD_SUN, fixture.tick());

        assertThat(article.published()).map(ArticleVersion::number).contains(2);
        assertThat(article.content()).isEqualTo(PAPER_JAM_V2);
        assertThat(article.versions().get(0).status()).isEqualTo(ArticleStatus.SUPERSEDED);
        assertThat(article.versions().get(1).reviewer()).contains(AGENT_CHEN);
        assertThat(article.pendingEvents()).last().isInstanceOfSatisfying(Published.class,
                e -> assertThat(e.superseded()).contains(1));
    }

    @Test
    void aSecondNewVersionWhileOneIsInProgressIsRefusedNamingTheGuard() {
        Article article = fixture.publishedWithNewVersionInReview();

        assertThatThrownBy(() -> article.draftNewVersion(PAPER_JAM, AGENT_CHEN, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo(ArticleWorkflows.NO_VERSION_IN_PROGRESS.name()));
        assertThatThrownBy(() -> fixture.drafted().draftNewVersion(PAPER_JAM, AGENT_CHEN, fixture.tick()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onlyThePublishedVersionIsUsedAndEachUseCountsOnTheArticleAcrossVersions() {
        Article draft = fixture.drafted();
        assertThatThrownBy(() -> draft.use(DeskCase.ticket(TICKET), AGENT_CHEN, fixture.tick()))
                .isInstanceOf(IllegalTransitionException.class);

        Article article = fixture.publishedWithNewVersionInReview();
        article.use(DeskCase.ticket(TICKET), AGENT_CHEN, fixture.tick());
        article.approve(LEAD_SUN, fixture.tick());
        article.publish(LEAD_SUN, fixture.tick());
        article.use(DeskCase.ticket(TICKET), AGENT_CHEN, fixture.tick());

        assertThat(article.timesUsed()).isEqualTo(2);
        assertThat(article.pendingEvents()).filteredOn(ArticleEvent.Used.class::isInstance)
                .extracting(e -> ((ArticleEvent.Used) e).versionNumber()).containsExactly(1, 2);
        assertThatThrownBy(() -> article.use(null, AGENT_CHEN, fixture.tick()))
                .isInstanceOf(MissingRequiredFieldException.class);
    }

    @Test
    void retiringWithdrawsThePublishedVersionAndTheOneInProgressForGood() {
        Article article = fixture.publishedWithNewVersionInReview();
        article.linkCi(PRINTER, AGENT_CHEN, fixture.tick());

        article.retire("打印机已全部更换", LEAD_SUN, fixture.tick());

        assertThat(article.status()).isEqualTo(ArticleStatus.RETIRED);
        assertThat(article.versions()).extracting(ArticleVersion::status)
                .containsExactly(ArticleStatus.RETIRED, ArticleStatus.RETIRED);
        assertThat(article.published()).isEmpty();
        assertThat(article.allowedActions()).isEmpty();
        assertThatThrownBy(() -> article.use(DeskCase.ticket(TICKET), AGENT_CHEN, fixture.tick()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> article.unlinkCi(PRINTER, AGENT_CHEN, fixture.tick()))
                .isInstanceOf(ArticleRetiredException.class);
    }

    @Test
    void linkingAnItemTwiceRecordsItOnceAndUnlinkingWhatIsNotLinkedRecordsNothing() {
        Article article = fixture.drafted();
        article.pullEvents();

        assertThat(article.linkCi(PRINTER, AGENT_CHEN, fixture.tick())).isTrue();
        assertThat(article.linkCi(PRINTER, AGENT_CHEN, fixture.tick())).isFalse();
        assertThat(article.unlinkCi(new CiId(new UUID(7, 2)), AGENT_CHEN, fixture.tick())).isFalse();

        assertThat(article.linkedCis()).containsExactly(PRINTER);
        assertThat(article.pullEvents()).extracting(ArticleEvent::type).containsExactly("article.ci-linked");
    }

    @Test
    void theHistoryReplaysAndTheSnapshotRestoresToTheSameArticle() {
        Article article = fixture.drafted();
        List<ArticleEvent> history = new java.util.ArrayList<>(article.pullEvents());
        article.submitForReview(AGENT_CHEN, fixture.tick());
        article.approve(LEAD_SUN, fixture.tick());
        article.publish(LEAD_SUN, fixture.tick());
        article.draftNewVersion(PAPER_JAM_V2, ENGINEER_LIU, fixture.tick());
        article.use(DeskCase.ticket(TICKET), AGENT_CHEN, fixture.tick());
        history.addAll(article.pullEvents());

        assertThat(Article.replay(history).snapshot()).isEqualTo(article.snapshot());
        assertThat(Article.restore(article.snapshot()).snapshot()).isEqualTo(article.snapshot());
        assertThat(article.version()).isEqualTo(history.size());
    }

    @Test
    void aSnapshotWithTwoPublishedVersionsOrAReviewerWhoIsAnAuthorIsNotRestored() {
        ArticleSnapshot good = fixture.published().snapshot();
        ArticleVersion published = good.versions().get(0);
        ArticleVersion another = new ArticleVersion(2, PAPER_JAM_V2, ArticleStatus.PUBLISHED, published.authors(),
                published.reviewer(), published.draftedAt(), published.publishedAt());

        assertThatThrownBy(() -> Article.restore(new ArticleSnapshot(good.id(), good.number(),
                com.google.common.collect.ImmutableList.of(published, another), good.linkedCis(), 0,
                good.createdAt(), good.updatedAt(), good.version())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one published");
        assertThatThrownBy(() -> new ArticleVersion(1, PAPER_JAM, ArticleStatus.IN_REVIEW, published.authors(),
                Optional.of(AGENT_CHEN), published.draftedAt(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is an author");
    }

    @Test
    void anArticleNumberReadsLikeAProblemNumberWithItsOwnPrefix() {
        assertThat(ArticleNumber.of(2026, 1)).hasToString("KB-2026-000001");
        assertThat(ArticleNumber.parse(" KB-2026-000042 ")).isEqualTo(ArticleNumber.of(2026, 42));
        assertThatThrownBy(() -> ArticleNumber.parse("PRB-2026-000042"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KB-2026-000001");
    }

    @Test
    void eachAudienceIsReadWithAPermissionOfItsOwn() {
        assertThat(List.of(KnowledgeAudience.values())).extracting(KnowledgeAudience::viewPermission)
                .doesNotHaveDuplicates();
    }
}
