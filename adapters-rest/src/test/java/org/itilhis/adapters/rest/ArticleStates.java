package org.itilhis.adapters.rest;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import com.fasterxml.jackson.databind.JsonNode;
import org.itilhis.core.shared.Actor;

/**
 * Brings an article over HTTP into the state a test needs (compare {@code ArticleWorkflows}):
 * written by engineer Zhou (the desk's articles by agent Chen, as Zhou may not read them),
 * reviewed and published by problem manager Zhao.
 */
final class ArticleStates {
    private final ArticleDesk articles;

    ArticleStates(RunningApi api) {
        this.articles = new ArticleDesk(api);
    }

    /** The states an article is brought into, each one step after the one before. */
    enum State {
        DRAFT(null, null),
        IN_REVIEW(DRAFT, "submit"),
        APPROVED(IN_REVIEW, "approve"),
        PUBLISHED(APPROVED, "publish");

        private final State previous;
        private final String step;

        State(State previous, String step) {
            this.previous = previous;
            this.step = step;
        }

        /** Whether a reader who neither writes nor reviews articles sees the article in this state. */
        boolean published() {
            return this == PUBLISHED;
        }
    }

    /** An article for {@code audience} (DESK, ENGINEERS, ALL_STAFF) in {@code state}, as its last actor reads it. */
    JsonNode bring(String audience, State state) {
        Actor author = audience.equals("DESK") ? AGENT_CHEN : ENGINEER_ZHOU;
        if (state == State.DRAFT) {
            return articles.write(author, ArticleDesk.article("打印机卡纸", "Printer jam", audience));
        }
        JsonNode article = bring(audience, state.previous);
        return articles.step(state == State.IN_REVIEW ? author : PROBLEM_MANAGER_ZHAO, article, state.step, null);
    }
}
