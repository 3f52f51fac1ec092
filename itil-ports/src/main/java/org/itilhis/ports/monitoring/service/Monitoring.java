package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.Random;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.monitoring.in.AlertIntakeUseCase;
import org.itilhis.ports.monitoring.in.AlertMappingUseCase;
import org.itilhis.ports.monitoring.in.AlertSourceUseCase;
import org.itilhis.ports.monitoring.in.MonitoringQueries;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The alert intake wired by hand beside the desk: receiving deliveries ({@link #intake()}),
 * registering sources ({@link #sources()}), writing the mapping rules ({@link #mappings()}) and
 * reading all of it ({@link #queries()}). The correlator, which follows the alert log, is wired
 * on its own.
 */
public final class Monitoring {
    private final AlertIntakeService intake;
    private final AlertSourceService sources;
    private final AlertMappingService mappings;
    private final MonitoringQueryService queries;

    private Monitoring(MonitoringPorts ports, MonitoringSettings settings, MonitoringAccess access,
                       Validator validator, Random random) {
        CommandPipeline pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.intake = new AlertIntakeService(ports, settings, new CiIndex(ports.items()));
        this.sources = new AlertSourceService(ports, access, pipeline, random);
        this.mappings = new AlertMappingService(ports, access, pipeline);
        this.queries = new MonitoringQueryService(ports, access);
    }

    /** Monitoring on {@code ports}, under the desk's access policy, credentials from a {@link SecureRandom}. */
    public static Monitoring create(MonitoringPorts ports, MonitoringSettings settings, ServiceDeskSettings desk,
                                    Validator validator) {
        return create(ports, settings, desk, validator, new SecureRandom());
    }

    /** As {@link #create(MonitoringPorts, MonitoringSettings, ServiceDeskSettings, Validator)}, credentials from {@code random}. */
    public static Monitoring create(MonitoringPorts ports, MonitoringSettings settings, ServiceDeskSettings desk,
                                    Validator validator, Random random) {
        checkNotNull(ports, "ports");
        return new Monitoring(ports, checkNotNull(settings, "settings"),
                new MonitoringAccess(checkNotNull(desk, "desk").access(), ports.desk().directory()),
                checkNotNull(validator, "validator"), checkNotNull(random, "random"));
    }

    public AlertIntakeUseCase intake() {
        return intake;
    }

    public AlertSourceUseCase sources() {
        return sources;
    }

    public AlertMappingUseCase mappings() {
        return mappings;
    }

    public MonitoringQueries queries() {
        return queries;
    }
}
