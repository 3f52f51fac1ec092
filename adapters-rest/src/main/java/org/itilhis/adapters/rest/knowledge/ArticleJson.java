package org.itilhis.adapters.rest.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.problemdetails.Actions;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.ArticleText;
import org.itilhis.core.knowledge.ArticleVersion;
import org.itilhis.core.knowledge.ContentLanguage;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.knowledge.in.ArticleDraft;
import org.itilhis.ports.knowledge.in.ArticleView;

/**
 * An article as its reader may see it: the {@code published} version everybody in its audience
 * reads, and the version {@code inProgress} (draft or in review) only for a reader who may write
 * or review articles (absent otherwise, as for a reporter). {@code allowedActions} are the
 * workflow steps possible now, named as the path segments of their endpoints ({@code
 * new-version}); whether the reader may take them is decided when they try. {@code version} is
 * also the {@code ETag}.
 */
public record ArticleJson(UUID id, String number, ArticleStatus status, ArticleVersionJson published,
                          ArticleVersionJson inProgress, List<UUID> linkedCis, long timesUsed,
                          List<String> allowedActions, Instant createdAt, Instant updatedAt, long version) {

    public static ArticleJson of(ArticleView v) {
        return new ArticleJson(v.id().value(), v.number().toString(), v.status(),
                v.published().map(ArticleVersionJson::of).orElse(null),
                v.inProgress().map(ArticleVersionJson::of).orElse(null),
                v.linkedCis().stream().map(CiId::value).toList(), v.timesUsed(),
                v.allowedActions().stream().map(action -> Actions.pathSegment(action.name())).sorted().toList(),
                v.createdAt(), v.updatedAt(), v.version());
    }

    /** A title and a body in one language. */
    public record ArticleTextJson(String title, String body) {
        static ArticleTextJson of(ArticleText text) {
            return text == null ? null : new ArticleTextJson(text.title(), text.body());
        }

        ArticleDraft.Text text() {
            return new ArticleDraft.Text(title, body);
        }
    }

    /**
     * The body of {@code POST /articles}, {@code edit} and {@code new-version}: the title and body
     * in Chinese and/or in English (at least one), the audience ({@code DESK}, {@code ENGINEERS},
     * {@code ALL_STAFF}), the category in the tickets' coding, and optional tags and CI classes.
     */
    public record ArticleDraftJson(ArticleTextJson chinese, ArticleTextJson english, KnowledgeAudience audience,
                                   String category, List<String> tags, List<String> ciClasses) {
        ArticleDraft draft(Fields fields) {
            for (int i = 0; tags != null && i < tags.size(); i++) {
                fields.check(tags.get(i) != null, "tags[" + i + "]", "field.required");
            }
            for (int i = 0; ciClasses != null && i < ciClasses.size(); i++) {
                fields.check(ciClasses.get(i) != null, "ciClasses[" + i + "]", "field.required");
            }
            return new ArticleDraft(chinese == null ? null : chinese.text(), english == null ? null : english.text(),
                    audience, category, tags == null ? null : tags.stream().filter(t -> t != null)
                    .collect(java.util.stream.Collectors.toSet()),
                    ciClasses == null ? null : ciClasses.stream().filter(c -> c != null)
                            .collect(java.util.stream.Collectors.toSet()));
        }

        /** The field a client sent for a property of a command whose draft is {@code content}. */
        static String fieldName(String propertyPath) {
            return propertyPath.startsWith("content.") ? propertyPath.substring("content.".length()) : propertyPath;
        }
    }

    /** One version of an article: what it says, for whom, who wrote and who approved it. */
    public record ArticleVersionJson(int number, ArticleStatus status, ArticleTextJson chinese,
                                     ArticleTextJson english, KnowledgeAudience audience, String category,
                                     List<String> tags, List<String> ciClasses, List<String> authors,
                                     String reviewer, Instant draftedAt, Instant publishedAt) {
        static ArticleVersionJson of(ArticleVersion v) {
            ArticleContent c = v.content();
            return new ArticleVersionJson(v.number(), v.status(), ArticleTextJson.of(c.texts().get(ContentLanguage.ZH)),
                    ArticleTextJson.of(c.texts().get(ContentLanguage.EN)), c.audience(), c.category().value(),
                    c.tags().stream().sorted().toList(), c.ciClasses().stream().sorted().toList(),
                    v.authors().stream().map(StaffId::value).toList(), v.reviewer().map(StaffId::value).orElse(null),
                    v.draftedAt(), v.publishedAt().orElse(null));
        }
    }

    /**
     * An article in a list: its number, status, and the title, audience and category of its
     * published version (else of the version in progress the reader sees).
     */
    public record ArticleSummaryJson(UUID id, String number, ArticleStatus status, String title,
                                     KnowledgeAudience audience, String category, long timesUsed, Instant updatedAt,
                                     long version) {
        static ArticleSummaryJson of(ArticleView v) {
            Optional<ArticleContent> content = v.published().or(v::inProgress).map(ArticleVersion::content);
            return new ArticleSummaryJson(v.id().value(), v.number().toString(), v.status(),
                    content.map(c -> c.headline().title()).orElse(null),
                    content.map(ArticleContent::audience).orElse(null),
                    content.map(c -> c.category().value()).orElse(null), v.timesUsed(), v.updatedAt(),
                    v.version());
        }
    }

    /**
     * A page of articles: by number with {@code next}, the cursor of the following page (absent on
     * the last); or, for words searched, best first and without {@code next}.
     */
    public record ArticlePageJson(List<ArticleSummaryJson> items, String next) {
    }

    /** {@code POST cis}: links a configuration item (by id) the article is about. */
    public record LinkCiJson(String ci) implements ArticleStep {
        @Override
        public org.itilhis.ports.knowledge.in.ArticleCommand.LinkCi command(
                org.itilhis.core.shared.Actor actor, org.itilhis.core.knowledge.ArticleId article,
                Long expectedVersion, Fields fields) {
            UUID value = fields.uuid("ci", ci);
            return new org.itilhis.ports.knowledge.in.ArticleCommand.LinkCi(actor, article, expectedVersion,
                    value == null ? null : new CiId(value));
        }
    }
}
