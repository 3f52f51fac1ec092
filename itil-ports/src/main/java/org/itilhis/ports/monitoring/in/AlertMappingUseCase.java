package org.itilhis.ports.monitoring.in;

/** Writing the rules that map alerts to items (permission {@code MANAGE_ALERT_MAPPINGS}). */
public interface AlertMappingUseCase {
    /**
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code alert-mappings}) if
     *         the stored rules are at another version than the expected one
     */
    AlertMappingsView replace(AlertMappingCommand.Replace command);
}
