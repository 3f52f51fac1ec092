package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.access.Permission;
import org.itilhis.core.monitoring.AlertMappings;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.monitoring.in.AlertMappingCommand;
import org.itilhis.ports.monitoring.in.AlertMappingUseCase;
import org.itilhis.ports.monitoring.in.AlertMappingsView;

/** Replaces the mapping rules through the {@link CommandPipeline} ({@code MANAGE_ALERT_MAPPINGS}, at the version read). */
final class AlertMappingService implements AlertMappingUseCase {
    private final MonitoringPorts ports;
    private final MonitoringAccess access;
    private final CommandPipeline pipeline;

    AlertMappingService(MonitoringPorts ports, MonitoringAccess access, CommandPipeline pipeline) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.pipeline = checkNotNull(pipeline, "pipeline");
    }

    @Override
    public AlertMappingsView replace(AlertMappingCommand.Replace command) {
        return pipeline.run(command, () -> {
            access.check(command.actor(), Permission.MANAGE_ALERT_MAPPINGS, AlertMappings.AGGREGATE_ID);
            AlertMappings mappings = ports.mappings().current();
            CommandPipeline.checkVersion("alert-mappings", AlertMappings.AGGREGATE_ID, command.expectedVersion(),
                    mappings.version());
            long stored = mappings.version();
            mappings.replace(command.rules(), command.actor().staffId(), ports.desk().clock().instant());
            ports.mappings().save(mappings, stored);
            return Outcome.of(AlertMappingsView.of(mappings), mappings.pullEvents());
        });
    }
}
