package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ArticleSamples.AUTHOR;
import static org.itilhis.testkit.contract.ArticleSamples.CI;
import static org.itilhis.testkit.contract.ArticleSamples.tick;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.out.ArticleRepository;
import org.itilhis.testkit.contract.ArticleSamples.Stage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link ArticleRepository} must do: store an article's whole state (every version
 * with its content in Chinese and English, its links and uses), find it by id and by number, lock
 * optimistically, keep article numbers unique, search by status, category, linked item and reach
 * in number order and page after a number, hand out independent copies and take part in
 * transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects empty storage. Every write runs inside {@code transactions().inTransaction(...)};
 * reads run outside one.
 */
public interface ArticleRepositoryContract {
    /** The adapter under test, the same one throughout a test method. */
    ArticleRepository articles();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aSavedNewArticleIsFoundByIdAndByNumberWithAnEqualSnapshot() {
        Article article = sample(Stage.DRAFT, 1);

        store(article);

        assertThat(articles().find(article.id())).map(Article::snapshot).contains(article.snapshot());
        assertThat(articles().findByNumber(article.number())).map(Article::snapshot).contains(article.snapshot());
    }

    /** Articles at every stage of the workflow, Chinese text, versions and uses included, come back equal. */
    @TestFactory
    default Stream<DynamicTest> anArticleAtEveryStageComesBackEqualChineseIncluded() {
        return Arrays.stream(Stage.values()).map(stage -> DynamicTest.dynamicTest("an article " + stage, () -> {
            Article article = sample(stage, stage.ordinal() + 1);
            store(article);
            Article loaded = load(article);
            assertThat(loaded.snapshot()).isEqualTo(article.snapshot());
            assertThat(loaded.versions().get(0).content().headline().body()).contains("𠀀", "卡纸");
        }));
    }

    @Test
    default void unknownArticleIdsAndNumbersAreNotFound() {
        store(sample(Stage.DRAFT, 1));

        assertThat(articles().find(articles().nextId())).isEmpty();
        assertThat(articles().findByNumber(ArticleNumber.of(2026, 2))).isEmpty();
        assertThat(articles().findByNumber(ArticleNumber.of(2025, 1))).isEmpty();
    }

    @Test
    default void savingAChangedArticleStoresItsNewStateAndBumpsTheVersionByItsEvents() {
        Article drafted = sample(Stage.DRAFT, 1);
        store(drafted);
        Article article = load(drafted);

        article.submitForReview(AUTHOR, tick(20));
        article.approve(ArticleSamples.REVIEWER, tick(21));
        store(article);

        Article stored = load(drafted);
        assertThat(stored.version()).isEqualTo(drafted.version() + 2);
        assertThat(stored.snapshot()).isEqualTo(article.snapshot());
    }

    @Test
    default void ofTwoArticleWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        Article drafted = sample(Stage.DRAFT, 1);
        store(drafted);
        Article first = load(drafted);
        Article second = load(drafted);

        first.submitForReview(AUTHOR, tick(20));
        store(first);
        second.retire("重复", AUTHOR, tick(21));

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("article.version-conflict"));
        assertThat(load(drafted).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    default void aNewArticleWithANumberTakenIsAVersionConflict() {
        store(sample(Stage.DRAFT, 1));
        Article sameNumber = ArticleSamples.at(Stage.DRAFT, articles().nextId(), ArticleNumber.of(2026, 1));

        assertThatThrownBy(() -> store(sameNumber)).isInstanceOf(VersionConflictException.class);
        assertThat(articles().find(sameNumber.id())).isEmpty();
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredArticleAsItWas() {
        Article drafted = sample(Stage.DRAFT, 1);
        store(drafted);
        Article changed = load(drafted);
        changed.submitForReview(AUTHOR, tick(20));
        Article unsaved = sample(Stage.DRAFT, 2);

        ContractSupport.rolledBack(transactions(), () -> {
            articles().save(changed);
            articles().save(unsaved);
        });

        assertThat(load(drafted).snapshot()).isEqualTo(drafted.snapshot());
        assertThat(articles().find(unsaved.id())).isEmpty();
        assertThat(articles().findByNumber(unsaved.number())).isEmpty();
    }

    @Test
    default void aLoadedArticleIsAnIndependentCopy() {
        Article drafted = sample(Stage.DRAFT, 1);
        store(drafted);

        load(drafted).submitForReview(AUTHOR, tick(20));

        assertThat(load(drafted).snapshot()).isEqualTo(drafted.snapshot());
    }

    @Test
    default void searchFiltersByStatusCategoryLinkedItemAndReachInNumberOrder() {
        Article published = sample(Stage.PUBLISHED_USED_TWICE, 3);
        Article draft = sample(Stage.DRAFT, 1);
        Article vpn = ArticleSamples.drafted(articles().nextId(), ArticleNumber.of(2026, 2),
                ArticleSamples.english("VPN from home"));
        Article retired = sample(Stage.RETIRED, 4);
        Stream.of(published, draft, vpn, retired).forEach(this::store);

        assertThat(numbers(ArticleSearch.all(10))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(numbers(ArticleSearch.all(10).withStatuses(List.of(ArticleStatus.PUBLISHED))))
                .containsExactly(3L);
        assertThat(numbers(ArticleSearch.all(10).withStatuses(List.of(ArticleStatus.DRAFT, ArticleStatus.RETIRED))))
                .containsExactly(1L, 2L, 4L);
        assertThat(numbers(ArticleSearch.all(10).within(CategoryCode.of("desktop")))).containsExactly(1L, 3L, 4L);
        assertThat(numbers(ArticleSearch.all(10).within(CategoryCode.of("network.vpn")))).containsExactly(2L);
        assertThat(numbers(ArticleSearch.all(10).within(CategoryCode.of("network.vp")))).isEmpty();
        assertThat(numbers(ArticleSearch.all(10).linkedTo(CI))).containsExactly(1L, 3L, 4L);
        assertThat(numbers(ArticleSearch.all(10).linkedTo(new CiId(new UUID(0xC1L, 2))))).isEmpty();
        assertThat(numbers(ArticleSearch.all(10).within(new ArticleSearch.Reach(
                ImmutableSet.of(KnowledgeAudience.ALL_STAFF), true)))).containsExactly(3L);
        assertThat(numbers(ArticleSearch.all(10).within(new ArticleSearch.Reach(
                ImmutableSet.of(KnowledgeAudience.ENGINEERS), false)))).containsExactly(2L);
        assertThat(numbers(ArticleSearch.all(10).within(new ArticleSearch.Reach(
                ImmutableSet.of(KnowledgeAudience.ALL_STAFF, KnowledgeAudience.ENGINEERS), false))))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(numbers(ArticleSearch.all(10).within(new ArticleSearch.Reach(
                ImmutableSet.of(KnowledgeAudience.DESK), false)))).isEmpty();
    }

    /** A published article is found by its published content while a new version with another one is written. */
    @Test
    default void aPublishedArticleIsSearchedByItsPublishedContentNotItsNewVersions() {
        store(sample(Stage.PUBLISHED_WITH_A_NEW_VERSION, 1));

        assertThat(numbers(ArticleSearch.all(10).within(CategoryCode.of("desktop.printer")))).containsExactly(1L);
        assertThat(numbers(ArticleSearch.all(10).within(CategoryCode.of("network")))).isEmpty();
        assertThat(numbers(ArticleSearch.all(10).within(new ArticleSearch.Reach(
                ImmutableSet.of(KnowledgeAudience.ALL_STAFF), true)))).containsExactly(1L);
    }

    @Test
    default void anUnlinkedItemNoLongerFindsTheArticle() {
        Article drafted = sample(Stage.DRAFT, 1);
        store(drafted);
        Article article = load(drafted);

        article.unlinkCi(CI, AUTHOR, tick(20));
        store(article);

        assertThat(numbers(ArticleSearch.all(10).linkedTo(CI))).isEmpty();
        assertThat(load(drafted).linkedCis()).isEmpty();
    }

    @Test
    default void pagingAfterTheLastArticleNumberReadsEveryMatchExactlyOnceAcrossYears() {
        for (int year : List.of(2027, 2026)) {
            for (int sequence = 1; sequence <= 4; sequence++) {
                store(ArticleSamples.at(Stage.DRAFT, articles().nextId(), ArticleNumber.of(year, sequence)));
            }
        }

        List<ArticleNumber> read = new ArrayList<>();
        ArticleSearch search = ArticleSearch.all(3);
        List<Article> page = articles().search(search);
        while (true) {
            page.forEach(article -> read.add(article.number()));
            if (page.size() < search.limit()) {
                break;
            }
            page = articles().search(search.after(page.get(page.size() - 1).number()));
        }

        assertThat(read).extracting(ArticleNumber::toString).containsExactly("KB-2026-000001", "KB-2026-000002",
                "KB-2026-000003", "KB-2026-000004", "KB-2027-000001", "KB-2027-000002", "KB-2027-000003",
                "KB-2027-000004");
    }

    private Article sample(Stage stage, int sequence) {
        return ArticleSamples.at(stage, articles().nextId(), ArticleNumber.of(2026, sequence));
    }

    private void store(Article article) {
        ContractSupport.committed(transactions(), () -> articles().save(article));
        article.pullEvents();
    }

    private Article load(Article article) {
        return articles().find(article.id()).orElseThrow();
    }

    private List<Long> numbers(ArticleSearch search) {
        return articles().search(search).stream().map(article -> article.number().sequence()).toList();
    }
}
