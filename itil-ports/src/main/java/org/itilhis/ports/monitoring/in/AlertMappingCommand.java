package org.itilhis.ports.monitoring.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.itilhis.core.monitoring.AlertMappingRule;
import org.itilhis.core.monitoring.AlertMappings;
import org.itilhis.core.shared.Actor;

/** The mapping rules' command: replace them all, in order, at the version the actor read. */
public final class AlertMappingCommand {
    private AlertMappingCommand() {
    }

    /** Replaces the rules with {@code rules}, tried in this order. */
    public record Replace(@NotNull Actor actor, @PositiveOrZero Long expectedVersion,
            @NotNull @Size(max = AlertMappings.MAX_RULES) List<@NotNull AlertMappingRule> rules) {
    }
}
