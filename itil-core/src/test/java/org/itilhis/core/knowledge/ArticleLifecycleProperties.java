package org.itilhis.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleEvent.Used;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.workflow.Transition;

/**
 * The {@link Article} aggregate under random sequences of every command, by its authors and
 * by others, with valid arguments or the missing fields the workflow must refuse. After every
 * step: a refused command changed nothing and recorded nothing; a successful one recorded
 * exactly one event (none only for a link that changes nothing); a lifecycle step left the
 * version it acted on in the target the workflow declares (and publishing superseded the version
 * published before); the published version stayed as it was unless the step published or
 * retired; superseded and retired versions never changed; at most one version is published and
 * at most one in progress; no version was ever approved or published by one of its authors; the
 * history replays to exactly the state and the snapshot restores to it; the times used count its
 * uses.
 */
class ArticleLifecycleProperties {
    private static final Arbitrary<StaffId> ACTORS = Arbitraries.of(ArticleFixture.AGENT_CHEN,
            ArticleFixture.ENGINEER_LIU, ArticleFixture.LEAD_SUN);
    private static final Arbitrary<CiId> ITEMS =
            Arbitraries.integers().between(1, 3).map(i -> new CiId(new UUID(7, i)));

    @Property(tries = 500)
    void anArticlesHistoryExplainsItsStateAfterEveryCommand(@ForAll("articleLives") ActionChain<ArticleModel> chain) {
        ArticleModel end = chain.withInvariant("history explains state", ArticleModel::checkHistory).run();

        Statistics.label("final status").collect(end.article.status());
        Statistics.label("versions").collect(Math.min(end.article.versions().size(), 3));
        Statistics.label("final status").coverage(coverage -> {
            coverage.check(ArticleStatus.PUBLISHED).count(published -> published >= 50);
            coverage.check(ArticleStatus.RETIRED).count(retired -> retired >= 10);
        });
        Statistics.label("versions").coverage(coverage -> coverage.check(3).count(many -> many >= 10));
    }

    @Provide
    ActionChainArbitrary<ArticleModel> articleLives() {
        return ActionChain.startWith(ArticleModel::new)
                .withAction(new Command())
                .withMaxTransformations(40);
    }

    /** One article, every event it recorded, at a clock that only moves forward. */
    static final class ArticleModel {
        private final ArticleFixture fixture = new ArticleFixture();
        private final Article article = fixture.drafted();
        private final List<ArticleEvent> history = new ArrayList<>(article.pullEvents());

        void apply(Step step) {
            ArticleSnapshot before = article.snapshot();
            Article was = Article.restore(before);
            try {
                step.command().apply(article, fixture.tick());
            } catch (DomainException refused) {
                Statistics.label("commands").collect("refused");
                assertThat(article.snapshot()).as("state after the refused %s", step).isEqualTo(before);
                assertThat(article.pendingEvents()).as("events of the refused %s", step).isEmpty();
                return;
            }
            List<ArticleEvent> recorded = article.pullEvents();
            Statistics.label("commands").collect(recorded.isEmpty() ? "changed nothing" : "taken");
            assertThat(recorded).as("events of %s", step).hasSizeLessThanOrEqualTo(1);
            if (recorded.isEmpty()) {
                assertThat(article.snapshot()).as("state after %s, which recorded nothing", step).isEqualTo(before);
            } else {
                assertThat(article.version()).as("version after %s", step).isEqualTo(before.version() + 1);
            }
            step.action().ifPresent(action -> checkDeclaredTarget(was, action, step));
            if (step.action().filter(a -> a == ArticleAction.PUBLISH || a == ArticleAction.RETIRE).isEmpty()) {
                assertThat(article.published()).as("the published version after %s", step).isEqualTo(was.published());
            }
            for (ArticleVersion old : before.versions()) {
                if (old.status().isTerminal()) {
                    assertThat(article.versions().get(old.number() - 1)).as("a %s version after %s", old.status(),
                            step).isEqualTo(old);
                }
            }
            history.addAll(recorded);
        }

        /** The version the step acted on ended in the declared target; publishing superseded the old one. */
        private void checkDeclaredTarget(Article was, ArticleAction action, Step step) {
            ArticleVersion acted = switch (action) {
                case NEW_VERSION, USE -> was.published().orElseThrow();
                case RETIRE -> was.published().or(was::versionInProgress).orElseThrow();
                default -> was.versionInProgress().orElseThrow();
            };
            Optional<Transition<ArticleStatus, ArticleAction, Article>> declared =
                    ArticleWorkflows.ARTICLE.find(acted.status(), action);
            assertThat(declared).as("%s taken from %s", action, acted.status()).isPresent();
            assertThat(article.versions().get(acted.number() - 1).status()).as("status after %s", step)
                    .isEqualTo(declared.get().to());
            if (action == ArticleAction.PUBLISH) {
                was.published().ifPresent(old -> assertThat(article.versions().get(old.number() - 1).status())
                        .as("the version published before %s", step).isEqualTo(ArticleStatus.SUPERSEDED));
            }
            if (action == ArticleAction.NEW_VERSION) {
                assertThat(article.versionInProgress()).map(ArticleVersion::status)
                        .contains(ArticleWorkflows.ARTICLE.initial());
            }
            if (action == ArticleAction.RETIRE) {
                assertThat(article.versions()).as("versions after %s", step)
                        .allSatisfy(v -> assertThat(v.status().isTerminal()).isTrue());
            }
        }

        void checkHistory() {
            assertThat(article.version()).as("version against the events").isEqualTo(history.size());
            assertThat(Article.replay(history).snapshot()).as("replayed history").isEqualTo(article.snapshot());
            assertThat(Article.restore(article.snapshot()).snapshot()).as("restored snapshot")
                    .isEqualTo(article.snapshot());
            assertThat(article.versions()).filteredOn(v -> v.status() == ArticleStatus.PUBLISHED)
                    .as("published versions").hasSizeLessThanOrEqualTo(1);
            assertThat(article.versions()).filteredOn(v -> v.status().inProgress())
                    .as("versions in progress").hasSizeLessThanOrEqualTo(1);
            assertThat(article.versions()).filteredOn(ArticleVersion::wasPublished).allSatisfy(v -> {
                assertThat(v.reviewer()).as("reviewer of published version %s", v.number()).isPresent();
                assertThat(v.authors()).as("authors of published version %s", v.number())
                        .doesNotContain(v.reviewer().orElseThrow());
            });
            assertThat(article.timesUsed()).as("uses")
                    .isEqualTo(history.stream().filter(Used.class::isInstance).count());
        }

        @Override
        public String toString() {
            return article + " v" + article.version();
        }
    }

    /** A command on the aggregate; {@code action} is its workflow step, if it is one. */
    record Step(String description, Optional<ArticleAction> action, Operation command) {
        @Override
        public String toString() {
            return description;
        }
    }

    @FunctionalInterface
    interface Operation {
        void apply(Article article, Instant at);
    }

    static final class Command implements Action.Independent<ArticleModel> {
        @Override
        public Arbitrary<Transformer<ArticleModel>> transformer() {
            List<Tuple2<Integer, Arbitrary<Step>>> steps = new ArrayList<>(workflowSteps());
            steps.addAll(links());
            return Arbitraries.frequencyOf(steps)
                    .map(step -> Transformer.mutate(step.description(), model -> model.apply(step)));
        }
    }

    /** The workflow's steps, toward publication most often, retiring least. */
    private static List<Tuple2<Integer, Arbitrary<Step>>> workflowSteps() {
        return List.of(
                Tuple.of(9, Combinators.combine(contents(), ACTORS).as((content, by) -> step("editDraft " + by,
                        ArticleAction.EDIT, (a, at) -> a.editDraft(content, by, at)))),
                Tuple.of(15, ACTORS.map(by -> step("submitForReview " + by, ArticleAction.SUBMIT,
                        (a, at) -> a.submitForReview(by, at)))),
                Tuple.of(15, ACTORS.map(by -> step("approve " + by, ArticleAction.APPROVE,
                        (a, at) -> a.approve(by, at)))),
                Tuple.of(6, Combinators.combine(reasons(), ACTORS).as((why, by) -> step("reject '" + why + "' " + by,
                        ArticleAction.REJECT, (a, at) -> a.reject(why, by, at)))),
                Tuple.of(15, ACTORS.map(by -> step("publish " + by, ArticleAction.PUBLISH,
                        (a, at) -> a.publish(by, at)))),
                Tuple.of(9, Combinators.combine(contents(), ACTORS).as((content, by) -> step("draftNewVersion " + by,
                        ArticleAction.NEW_VERSION, (a, at) -> a.draftNewVersion(content, by, at)))),
                Tuple.of(9, Combinators.combine(deskCases(), ACTORS).as((used, by) -> step("use " + used,
                        ArticleAction.USE, (a, at) -> a.use(used, by, at)))),
                Tuple.of(1, Combinators.combine(reasons(), ACTORS).as((why, by) -> step("retire '" + why + "'",
                        ArticleAction.RETIRE, (a, at) -> a.retire(why, by, at)))));
    }

    /** Links to configuration items: not workflow steps, refused once the article is retired. */
    private static List<Tuple2<Integer, Arbitrary<Step>>> links() {
        return List.of(
                Tuple.of(6, Combinators.combine(ITEMS, ACTORS).as((ci, by) -> step("linkCi " + ci, null,
                        (a, at) -> a.linkCi(ci, by, at)))),
                Tuple.of(3, Combinators.combine(ITEMS, ACTORS).as((ci, by) -> step("unlinkCi " + ci, null,
                        (a, at) -> a.unlinkCi(ci, by, at)))));
    }

    /** Content a step requires: given mostly, sometimes absent (refused as a missing field). */
    private static Arbitrary<ArticleContent> contents() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of(ArticleFixture.PAPER_JAM, ArticleFixture.PAPER_JAM_V2,
                        ArticleFixture.DESK_SCRIPT)),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static Arbitrary<String> reasons() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().alpha().numeric().withChars(' ', '过', '时').ofMinLength(1)
                        .ofMaxLength(40).filter(s -> !s.isBlank())),
                Tuple.of(1, Arbitraries.of("", "  ")),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static Arbitrary<DeskCase> deskCases() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 3).map(i -> DeskCase.ticket(new TicketId(new UUID(9, i)))),
                Arbitraries.integers().between(1, 3).map(i -> DeskCase.contact(new ContactId(new UUID(3, i)))),
                Arbitraries.just(null));
    }

    private static Step step(String description, ArticleAction action, Operation command) {
        return new Step(description, Optional.ofNullable(action), command);
    }
}
