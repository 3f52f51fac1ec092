package org.itilhis.core.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;

/**
 * One line of the division-of-duties table: tickets of {@code category} (and, when given,
 * at {@code location} and about configuration items of {@code ciClass}) go to
 * {@code group}.
 */
public record RoutingRule(CategoryCode category, Optional<LocationId> location, Optional<String> ciClass, GroupId group) {
    public RoutingRule {
        checkNotNull(category, "category");
        checkNotNull(location, "location");
        checkNotNull(ciClass, "ciClass");
        checkNotNull(group, "group");
        ciClass = ciClass.map(String::strip);
    }

    public static RoutingRule of(String category, String group) {
        return new RoutingRule(CategoryCode.of(category), Optional.empty(), Optional.empty(), GroupId.of(group));
    }

    public RoutingRule at(LocationId where) {
        return new RoutingRule(category, Optional.of(where), ciClass, group);
    }

    public RoutingRule forCiClass(String klass) {
        return new RoutingRule(category, location, Optional.of(klass), group);
    }

    boolean matches(CategoryCode ticketCategory, Optional<LocationId> ticketLocation, Optional<String> ticketCiClass) {
        return ticketCategory.isWithin(category)
                && (location.isEmpty() || location.equals(ticketLocation))
                && (ciClass.isEmpty() || ciClass.equals(ticketCiClass));
    }

    /** Deeper categories win, then a location match, then a CI class match. */
    int specificity() {
        return category.depth() * 4 + (location.isPresent() ? 2 : 0) + (ciClass.isPresent() ? 1 : 0);
    }

    @Override
    public String toString() {
        return category + location.map(l -> " @" + l).orElse("") + ciClass.map(c -> " [" + c + "]").orElse("") + " -> " + group;
    }
}
