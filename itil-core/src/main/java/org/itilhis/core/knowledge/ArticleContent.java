package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import org.itilhis.core.routing.CategoryCode;

/**
 * What one version of an article says and to whom: its title and body in Simplified Chinese,
 * English or both ({@code texts}, at least one), its audience, its category (the tickets' coding,
 * {@code desktop.printer}), free tags ("打印机", "wristband") and the classes of configuration
 * items it concerns ({@code printer}). All of it goes through review with the version: widening
 * the audience is an edit like any other.
 *
 * @param texts     by language, in the order of {@link ContentLanguage}
 * @param tags      stripped, not blank, at most {@value #MAX_TAGS} of at most {@value #MAX_TAG} characters
 * @param ciClasses CI class codes ({@code printer}, {@code workstation}), at most {@value #MAX_CI_CLASSES}
 */
public record ArticleContent(ImmutableMap<ContentLanguage, ArticleText> texts, KnowledgeAudience audience,
                             CategoryCode category, ImmutableSet<String> tags, ImmutableSet<String> ciClasses) {
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_CI_CLASSES = 20;

    public ArticleContent {
        checkNotNull(texts, "texts");
        checkArgument(!texts.isEmpty(), "an article is written in at least one language");
        ImmutableMap.Builder<ContentLanguage, ArticleText> ordered = ImmutableMap.builder();
        for (ContentLanguage language : ContentLanguage.values()) {
            if (texts.containsKey(language)) {
                ordered.put(language, checkNotNull(texts.get(language), "text in %s", language));
            }
        }
        texts = ordered.build();
        checkNotNull(audience, "audience");
        checkNotNull(category, "category");
        tags = tags(checkNotNull(tags, "tags"));
        ciClasses = ciClasses(checkNotNull(ciClasses, "ciClasses"));
    }

    public static ArticleContent of(Map<ContentLanguage, ArticleText> texts, KnowledgeAudience audience,
                                    CategoryCode category, Iterable<String> tags, Iterable<String> ciClasses) {
        return new ArticleContent(ImmutableMap.copyOf(texts), audience, category, ImmutableSet.copyOf(tags),
                ImmutableSet.copyOf(ciClasses));
    }

    /** The languages the content is written in. */
    public ImmutableSet<ContentLanguage> languages() {
        return texts.keySet();
    }

    /** The text in the first language it is written in (Chinese before English): the article's headline. */
    public ArticleText headline() {
        return texts.values().iterator().next();
    }

    private static ImmutableSet<String> tags(ImmutableSet<String> given) {
        checkArgument(given.size() <= MAX_TAGS, "more than %s tags", MAX_TAGS);
        ImmutableSet.Builder<String> stripped = ImmutableSet.builder();
        for (String tag : given) {
            String t = checkNotNull(tag, "tag").strip();
            checkArgument(!t.isEmpty(), "a tag is blank");
            checkArgument(t.length() <= MAX_TAG, "tag %s is longer than %s characters", t, MAX_TAG);
            stripped.add(t);
        }
        return stripped.build();
    }

    private static ImmutableSet<String> ciClasses(ImmutableSet<String> given) {
        checkArgument(given.size() <= MAX_CI_CLASSES, "more than %s CI classes", MAX_CI_CLASSES);
        for (String code : given) {
            checkArgument(checkNotNull(code, "ciClass").matches("[a-z0-9][a-z0-9-]{0,63}"),
                    "CI class %s is not a class code like printer", code);
        }
        return given;
    }
}
