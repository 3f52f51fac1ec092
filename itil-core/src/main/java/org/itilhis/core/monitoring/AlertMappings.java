package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;

/**
 * The hospital's rules mapping alerts to configuration items, tried in order: the first rule
 * that finds an item wins. One record for the whole hospital, replaced as a whole at the version
 * its editor read (the order is the meaning, so the list is edited as one). Before anyone
 * saves rules, {@link #hospitalDefault()}: asset tag, then host name, then IP address.
 */
public final class AlertMappings {
    /** The aggregate id of the rules' events. */
    public static final String AGGREGATE_ID = "alert-mappings";
    /** The most rules. */
    public static final int MAX_RULES = 200;
    /** The default rules, at version 0 (never saved). */
    public static final ImmutableList<AlertMappingRule> DEFAULT_RULES = ImmutableList.of(
            AlertMappingRule.assetTag("asset_tag"),
            AlertMappingRule.hostName("host", "hostname"),
            AlertMappingRule.hostName("instance", "hostname"),
            AlertMappingRule.ipAddress("ip", "ipAddress"),
            AlertMappingRule.ipAddress("instance", "ipAddress"));

    private final List<AlertMappingEvent> pending = new ArrayList<>();
    private ImmutableList<AlertMappingRule> rules;
    private long version;

    private AlertMappings(ImmutableList<AlertMappingRule> rules, long version) {
        this.rules = rules;
        this.version = version;
    }

    /** The default rules, never saved (version 0). */
    public static AlertMappings hospitalDefault() {
        return new AlertMappings(DEFAULT_RULES, 0);
    }

    /** The rules as stored. */
    public static AlertMappings restore(Snapshot snapshot) {
        checkNotNull(snapshot, "snapshot");
        return new AlertMappings(snapshot.rules(), snapshot.version());
    }

    /** Replaces every rule by {@code replacement}, in its order: one version more. */
    public void replace(List<AlertMappingRule> replacement, StaffId actor, Instant at) {
        ImmutableList<AlertMappingRule> given = ImmutableList.copyOf(replacement);
        checkArgument(given.size() <= MAX_RULES, "%s rules, more than %s", given.size(), MAX_RULES);
        pending.add(new AlertMappingEvent.RulesReplaced(given, checkNotNull(actor, "actor"), checkNotNull(at, "at")));
        rules = given;
        version++;
    }

    /** The item the first applying rule finds for an alert with {@code labels}; empty when none does. */
    public Optional<CiId> map(Map<String, String> labels, CiLookup items) {
        checkNotNull(labels, "labels");
        checkNotNull(items, "items");
        for (AlertMappingRule rule : rules) {
            Optional<CiId> found = rule.apply(labels, items);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The attributes the rules compare, which the index keeps. */
    public ImmutableSet<String> attributes() {
        return rules.stream().flatMap(rule -> rule.attribute().stream()).collect(ImmutableSet.toImmutableSet());
    }

    public ImmutableList<AlertMappingRule> rules() {
        return rules;
    }

    /** 0 for the default rules never saved, then the count of replacements. */
    public long version() {
        return version;
    }

    /** The events recorded since it was made or loaded, handed over once. */
    public List<AlertMappingEvent> pullEvents() {
        List<AlertMappingEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }

    public Snapshot snapshot() {
        return new Snapshot(rules, version());
    }

    /** The rules in order, at their version. */
    public record Snapshot(ImmutableList<AlertMappingRule> rules, long version) {
        public Snapshot {
            rules = ImmutableList.copyOf(checkNotNull(rules, "rules"));
            checkArgument(version >= 0, "version %s", version);
        }
    }
}
