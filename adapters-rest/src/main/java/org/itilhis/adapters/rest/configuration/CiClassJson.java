package org.itilhis.adapters.rest.configuration;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.cmdb.AttributeDefinition;
import org.itilhis.core.cmdb.AttributeType;
import org.itilhis.core.cmdb.CiClass;
import org.itilhis.core.cmdb.CiClassCatalogue;

/**
 * A CI class of the hierarchy: its code, its name in the reader's language, its parent's code
 * (absent at the top) and every attribute its items take, inherited ones first.
 */
public record CiClassJson(String code, String name, String parent, List<AttributeJson> attributes) {

    public static CiClassJson of(CiClass ciClass, Locale locale) {
        return new CiClassJson(ciClass.code(), ciClass.name().in(locale), ciClass.parent().map(CiClass::code).orElse(null),
                ciClass.attributes().values().stream().map(a -> AttributeJson.of(a, ciClass)).toList());
    }

    /**
     * An attribute with its type and limits: {@code maxLength} of a text, {@code minimum} and
     * {@code maximum} of a number (both included), {@code allowedValues} of an enumeration;
     * {@code declaredBy} is the class that declares (or last tightened) it.
     */
    public record AttributeJson(String code, AttributeType type, boolean required, Integer maxLength,
                                BigDecimal minimum, BigDecimal maximum, List<String> allowedValues, String declaredBy) {
        static AttributeJson of(AttributeDefinition attribute, CiClass ciClass) {
            String declaredBy = ciClass.lineage().stream()
                    .filter(c -> attribute.equals(c.ownAttributes().get(attribute.code())))
                    .findFirst().map(CiClass::code).orElse(ciClass.code());
            return new AttributeJson(attribute.code(), attribute.type(), attribute.isRequired(),
                    attribute.type() == AttributeType.TEXT ? attribute.maxLength() : null,
                    attribute.range().hasLowerBound() ? attribute.range().lowerEndpoint() : null,
                    attribute.range().hasUpperBound() ? attribute.range().upperEndpoint() : null,
                    attribute.allowedValues().isEmpty() ? null : attribute.allowedValues().asList(), declaredBy);
        }
    }

    /** The whole hierarchy, parents before their children. */
    public record CatalogueJson(List<CiClassJson> classes) {
        public static CatalogueJson of(CiClassCatalogue catalogue, Locale locale) {
            return new CatalogueJson(catalogue.classes().stream()
                    .sorted(Comparator.comparingInt((CiClass c) -> c.lineage().size()))
                    .map(c -> CiClassJson.of(c, locale)).toList());
        }
    }
}
