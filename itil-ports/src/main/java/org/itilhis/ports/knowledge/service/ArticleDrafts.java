package org.itilhis.ports.knowledge.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleText;
import org.itilhis.core.knowledge.ContentLanguage;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.knowledge.in.ArticleDraft;

/**
 * Turns what a writer gave ({@link ArticleDraft}, its constraints checked by the pipeline) into an
 * article's content, refusing, with the field named, what only the application knows: content in
 * no language, a category that is not a code, a CI class the CMDB does not have.
 */
final class ArticleDrafts {
    private final CiClassCatalogue classes;

    ArticleDrafts(CiClassCatalogue classes) {
        this.classes = checkNotNull(classes, "classes");
    }

    /** @throws InvalidCommandException naming the field {@code content} or one of its own */
    ArticleContent content(ArticleDraft draft) {
        Map<ContentLanguage, ArticleText> texts = new EnumMap<>(ContentLanguage.class);
        if (draft.chinese() != null) {
            texts.put(ContentLanguage.ZH, ArticleText.of(draft.chinese().title(), draft.chinese().body()));
        }
        if (draft.english() != null) {
            texts.put(ContentLanguage.EN, ArticleText.of(draft.english().title(), draft.english().body()));
        }
        if (texts.isEmpty()) {
            throw InvalidCommandException.of("content", "has neither Chinese nor English: give a title and a body "
                    + "in Simplified Chinese, in English or in both");
        }
        List<String> unknown = draft.ciClasses().stream().filter(code -> classes.find(code).isEmpty()).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw InvalidCommandException.of("content.ciClasses", "names classes the CMDB does not have: "
                    + String.join(", ", unknown));
        }
        return ArticleContent.of(texts, draft.audience(), category(draft.category()), draft.tags(),
                draft.ciClasses().stream().sorted().toList());
    }

    private static CategoryCode category(String category) {
        try {
            return CategoryCode.of(category);
        } catch (IllegalArgumentException malformed) {
            throw InvalidCommandException.of("content.category", "is not a category code like desktop.printer: "
                    + category);
        }
    }
}
