package org.itilhis.ports.monitoring.in;

import com.google.common.collect.ImmutableList;
import org.itilhis.core.monitoring.AlertMappingRule;
import org.itilhis.core.monitoring.AlertMappings;

/** The mapping rules in the order they are tried, at their version (0: the defaults, never saved). */
public record AlertMappingsView(ImmutableList<AlertMappingRule> rules, long version) {
    public static AlertMappingsView of(AlertMappings mappings) {
        return new AlertMappingsView(mappings.rules(), mappings.version());
    }
}
