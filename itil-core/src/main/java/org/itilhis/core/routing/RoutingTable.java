package org.itilhis.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;

/**
 * The hospital's division of duties as data: rules from category (and optionally location
 * and CI class) to assignment group, plus the fallback group (usually the service desk)
 * that owns whatever no rule covers. The most specific matching rule wins; two rules of
 * equal specificity for the same situation are rejected when the table is built.
 */
public final class RoutingTable {
    private final ImmutableList<RoutingRule> rules;
    private final GroupId fallback;

    private RoutingTable(Iterable<RoutingRule> rules, GroupId fallback) {
        this.rules = ImmutableList.sortedCopyOf(
                Comparator.comparingInt(RoutingRule::specificity).reversed(), rules);
        this.fallback = checkNotNull(fallback, "fallback");
        Set<String> keys = new HashSet<>();
        for (RoutingRule rule : this.rules) {
            String key = rule.category() + "|" + rule.location() + "|" + rule.ciClass();
            checkArgument(keys.add(key), "two routing rules for the same situation: %s", rule);
        }
    }

    public static RoutingTable of(Iterable<RoutingRule> rules, GroupId fallback) {
        return new RoutingTable(rules, fallback);
    }

    /** The owning group for a ticket, and the rule that chose it (none: the fallback). */
    public RoutingDecision route(CategoryCode category, Optional<LocationId> location, Optional<String> ciClass) {
        checkNotNull(category, "category");
        for (RoutingRule rule : rules) {
            if (rule.matches(category, location, ciClass)) {
                return new RoutingDecision(rule.group(), Optional.of(rule));
            }
        }
        return new RoutingDecision(fallback, Optional.empty());
    }

    public ImmutableList<RoutingRule> rules() {
        return rules;
    }

    public GroupId fallback() {
        return fallback;
    }

    /** The table printed, most specific rule first. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        rules.forEach(rule -> out.append(rule).append('\n'));
        return out.append("(anything else) -> ").append(fallback).append('\n').toString();
    }

    /** The group chosen and why. */
    public record RoutingDecision(GroupId group, Optional<RoutingRule> rule) {
        public RoutingDecision {
            checkNotNull(group, "group");
            checkNotNull(rule, "rule");
        }

        public String explanation() {
            return rule.map(RoutingRule::toString).orElse("no rule matched -> fallback " + group);
        }
    }
}
