package org.itilhis.core.knowledge;

import static org.itilhis.core.knowledge.ArticleAction.APPROVE;
import static org.itilhis.core.knowledge.ArticleAction.EDIT;
import static org.itilhis.core.knowledge.ArticleAction.NEW_VERSION;
import static org.itilhis.core.knowledge.ArticleAction.PUBLISH;
import static org.itilhis.core.knowledge.ArticleAction.REJECT;
import static org.itilhis.core.knowledge.ArticleAction.RETIRE;
import static org.itilhis.core.knowledge.ArticleAction.SUBMIT;
import static org.itilhis.core.knowledge.ArticleAction.SUPERSEDE;
import static org.itilhis.core.knowledge.ArticleAction.USE;
import static org.itilhis.core.knowledge.ArticleStatus.DRAFT;
import static org.itilhis.core.knowledge.ArticleStatus.IN_REVIEW;
import static org.itilhis.core.knowledge.ArticleStatus.PUBLISHED;
import static org.itilhis.core.knowledge.ArticleStatus.RETIRED;
import static org.itilhis.core.knowledge.ArticleStatus.SUPERSEDED;

import java.util.HashSet;
import java.util.Set;
import org.itilhis.core.workflow.Guard;
import org.itilhis.core.workflow.Workflow;

/**
 * The lifecycle of one version of an article, declared as data:
 * <pre>
 * DRAFT -edit-> DRAFT;  DRAFT -submit-> IN_REVIEW -approve-> IN_REVIEW
 * IN_REVIEW -reject-> DRAFT;  IN_REVIEW -publish [review approved]-> PUBLISHED
 * PUBLISHED -new version [no version in progress]-> PUBLISHED (and a new DRAFT beside it)
 * PUBLISHED -use-> PUBLISHED;  PUBLISHED -supersede-> SUPERSEDED
 * DRAFT, IN_REVIEW or PUBLISHED -retire-> RETIRED
 * </pre>
 * Decisions:
 * <ul>
 *   <li>Approval is a step of its own, recorded with its reviewer, and publishing is guarded by
 *       it: publishing a version nobody approved is refused naming the guard. The reviewer is
 *       never one of the version's authors (everyone who drafted or edited it), a rule the
 *       aggregate checks with the reviewer's name ({@link ReviewerIsAuthorException}), for
 *       rejections too. A rejection sends the version back to draft and forgets any approval.</li>
 *   <li>A published article is changed by a new version, drafted beside it (the step is
 *       declared on the published version, which stays as it is); the published one stays
 *       readable until the new one is published, which supersedes it. At most one version is in
 *       progress at a time (guard), so two new versions never compete.</li>
 *   <li>Only the published version is used: each use is counted on the article, across versions.</li>
 *   <li>Retiring withdraws the article: its published version and its version in progress both
 *       retire, and nothing more is done to it. A never-published draft retires too (withdrawn).</li>
 * </ul>
 */
public final class ArticleWorkflows {
    public static final String CONTENT = "content";
    public static final String REASON = "reason";
    public static final String USED_ON = "usedOn";

    /** A version is published only after a reviewer other than its authors approved it. */
    public static final Guard<Article> REVIEW_APPROVED = Guard.of("review-approved",
            "a reviewer other than its authors approved the version",
            a -> a.versionInProgress().flatMap(ArticleVersion::reviewer).isPresent());

    /** One version in progress at a time. */
    public static final Guard<Article> NO_VERSION_IN_PROGRESS = Guard.of("no-version-in-progress",
            "no newer version is in draft or in review", a -> a.versionInProgress().isEmpty());

    public static final Workflow<ArticleStatus, ArticleAction, Article> ARTICLE = declare();

    private ArticleWorkflows() {
    }

    /** The names of the fields whose values are given: not null (pairs of name and value). */
    static Set<String> present(Object... namesAndValues) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                names.add((String) namesAndValues[i]);
            }
        }
        return names;
    }

    private static Workflow<ArticleStatus, ArticleAction, Article> declare() {
        return Workflow.<ArticleStatus, ArticleAction, Article>builder("article", ArticleStatus.class,
                        ArticleAction.class)
                .initial(DRAFT)
                .terminal(SUPERSEDED, RETIRED)
                .field(CONTENT, "the article's title and body, audience, category, tags and CI classes")
                .field(REASON, "why, in the actor's words")
                .field(USED_ON, "the contact or ticket the article helped solve")
                .on(EDIT).from(DRAFT).requires(CONTENT).stay()
                .on(SUBMIT).from(DRAFT).to(IN_REVIEW)
                .on(APPROVE).from(IN_REVIEW).stay()
                .on(REJECT).from(IN_REVIEW).requires(REASON).to(DRAFT)
                .on(PUBLISH).from(IN_REVIEW).when(REVIEW_APPROVED).to(PUBLISHED)
                .on(NEW_VERSION).from(PUBLISHED).requires(CONTENT).when(NO_VERSION_IN_PROGRESS).stay()
                .on(USE).from(PUBLISHED).requires(USED_ON).stay()
                .on(SUPERSEDE).from(PUBLISHED).to(SUPERSEDED)
                .on(RETIRE).from(DRAFT, IN_REVIEW, PUBLISHED).requires(REASON).to(RETIRED)
                .build();
    }
}
