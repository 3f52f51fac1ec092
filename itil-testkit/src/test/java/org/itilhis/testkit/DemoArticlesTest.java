package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

class DemoArticlesTest {
    private final InMemoryServiceDesk desk = DemoHospital.inMemory();

    @Test
    void fourArticlesArePublishedAndEachReaderSeesThoseOfItsAudiences() {
        assertThat(DemoArticles.loadInto(desk.knowledge.articles(), desk.knowledge.queries())).hasSize(4);

        assertThat(desk.knowledge.queries().search(AGENT_CHEN, ArticleSearch.all(10))).hasSize(4);
        assertThat(desk.knowledge.queries().search(NURSE_WANG, ArticleSearch.all(10))).as("all-staff articles only")
                .hasSize(2);
        assertThat(desk.knowledge.queries().find(AGENT_CHEN, "打印机卡纸", 3)).isNotEmpty();
    }

    @Test
    void loadingAgainWritesNothing() {
        DemoArticles.loadInto(desk.knowledge.articles(), desk.knowledge.queries());

        assertThat(DemoArticles.loadInto(desk.knowledge.articles(), desk.knowledge.queries())).isEmpty();
        assertThat(desk.knowledge.queries().search(AGENT_CHEN, ArticleSearch.all(10))).hasSize(4);
    }
}
