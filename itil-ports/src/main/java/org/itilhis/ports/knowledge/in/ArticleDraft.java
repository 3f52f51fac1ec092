package org.itilhis.ports.knowledge.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.itilhis.core.knowledge.KnowledgeAudience;

/**
 * What a version of an article says, as a writer gives it: the title and body in Simplified
 * Chinese ({@code chinese}), in English ({@code english}) or in both (at least one, or the command
 * is refused naming the field {@code content}), the audience, the category in the tickets' coding
 * ({@code desktop.printer}), free tags and the CI classes it concerns (each a class of the CMDB).
 * The limits are the core's ({@code ArticleText}, {@code ArticleContent}).
 *
 * @param chinese   null when not written in Chinese
 * @param english   null when not written in English
 * @param tags      empty or null for none
 * @param ciClasses empty or null for none
 */
public record ArticleDraft(@Valid Text chinese, @Valid Text english, @NotNull KnowledgeAudience audience,
                           @NotBlank @Size(max = 100) String category,
                           @Size(max = 20) Set<@NotBlank @Size(max = 50) String> tags,
                           @Size(max = 20) Set<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String> ciClasses) {
    public ArticleDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        ciClasses = ciClasses == null ? Set.of() : Set.copyOf(ciClasses);
    }

    /** A title and a body in one language. */
    public record Text(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body) {
    }
}
