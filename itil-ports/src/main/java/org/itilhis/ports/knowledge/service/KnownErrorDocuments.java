package org.itilhis.ports.knowledge.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.itilhis.ports.problem.out.KnownErrorEntry;
import org.itilhis.ports.problem.out.KnownErrorIndex;

/**
 * Problem management's {@link KnownErrorIndex} kept in the knowledge base's {@link
 * KnowledgeIndex}, so that articles and known errors are searched by one engine: a known error
 * is a document of kind {@code KNOWN_ERROR} under its problem's id, its summary the title, its
 * description and workaround the body, its number a tag, its category and the classes of its
 * affected items what it is about, for the desk and engineers ({@code ENGINEERS}: everyone
 * who may see problems, never reporters), raised by its uses.
 * A {@linkplain #rebuild rebuild} replaces the known errors only; the articles are knowledge
 * management's to rebuild.
 */
public final class KnownErrorDocuments implements KnownErrorIndex {
    private final KnowledgeIndex index;

    private KnownErrorDocuments(KnowledgeIndex index) {
        this.index = checkNotNull(index, "index");
    }

    /** The known errors in {@code index}, beside whatever else it holds. */
    public static KnownErrorDocuments in(KnowledgeIndex index) {
        return new KnownErrorDocuments(index);
    }

    @Override
    public void publish(KnownErrorEntry knownError) {
        index.index(document(knownError));
    }

    @Override
    public void withdraw(ProblemId id) {
        index.remove(checkNotNull(id, "id").toString());
    }

    @Override
    public void rebuild(Stream<KnownErrorEntry> knownErrors) {
        checkNotNull(knownErrors, "knownErrors");
        index.rebuild(KnowledgeDocument.Kind.KNOWN_ERROR, knownErrors.map(KnownErrorDocuments::document));
    }

    @Override
    public ImmutableList<TextMatch> similar(String text, int limit) {
        checkNotNull(text, "text");
        checkArgument(limit >= 1, "limit %s is not positive", limit);
        return index.search(KnowledgeQuery.forDesk(text, Math.min(limit, KnowledgeQuery.MAX_LIMIT))
                        .only(KnowledgeDocument.Kind.KNOWN_ERROR)).stream()
                .flatMap(hit -> problem(hit.id()).map(id -> new TextMatch(id, hit.score())).stream())
                .collect(ImmutableList.toImmutableList());
    }

    /** The problem a known error's document is of; none for one indexed by other means under another id. */
    private static Optional<ProblemId> problem(String documentId) {
        try {
            return Optional.of(ProblemId.parse(documentId));
        } catch (IllegalArgumentException notAProblem) {
            return Optional.empty();
        }
    }

    /** The document of a known error. */
    public static KnowledgeDocument document(KnownErrorEntry knownError) {
        checkNotNull(knownError, "knownError");
        String body = knownError.description().isEmpty() ? knownError.workaround()
                : knownError.description() + "\n" + knownError.workaround();
        return new KnowledgeDocument(knownError.id().toString(), KnowledgeDocument.Kind.KNOWN_ERROR,
                languages(knownError.title() + " " + body), knownError.title(), body,
                ImmutableSet.of(knownError.number().toString()), knownError.category().value(),
                knownError.ciClasses(), KnowledgeAudience.ENGINEERS, knownError.timesUsed());
    }

    /** Chinese when the text has Chinese characters, English when it has Latin letters; Chinese when neither. */
    private static ImmutableSet<Locale> languages(String text) {
        boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean english = text.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c));
        ImmutableSet.Builder<Locale> languages = ImmutableSet.builder();
        if (chinese || !english) {
            languages.add(Locale.CHINESE);
        }
        if (english) {
            languages.add(Locale.ENGLISH);
        }
        return languages.build();
    }
}
