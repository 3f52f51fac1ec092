package org.itilhis.adapters.rest.configuration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.shared.Text;

/**
 * The relationship types and which pairs of classes each may join ({@code from → to}; a pair
 * allows the subclasses of its classes too).
 */
public record RelationshipRulesJson(List<RelationshipRuleJson> types) {

    public static RelationshipRulesJson of(RelationshipRules rules, Locale locale) {
        return new RelationshipRulesJson(Arrays.stream(RelationshipType.values()).map(type -> new RelationshipRuleJson(
                type, Text.label(type).in(locale), type.need(),
                rules.allowedPairs(type).stream()
                        .sorted(Comparator.comparing(RelationshipRules.ClassPair::fromClass)
                                .thenComparing(RelationshipRules.ClassPair::toClass))
                        .map(p -> new ClassPairJson(p.fromClass(), p.toClass())).toList())).toList());
    }

    /**
     * One type: its name in the reader's language, which end needs the other (so which way a
     * failure travels: {@code FROM_NEEDS_TO}, {@code TO_NEEDS_FROM} or {@code BOTH}), and its allowed pairs.
     */
    public record RelationshipRuleJson(RelationshipType type, String name, RelationshipType.Need need,
                                       List<ClassPairJson> allowed) {
    }

    public record ClassPairJson(String fromClass, String toClass) {
    }
}
