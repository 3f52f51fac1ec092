package org.itilhis.ports.service;

import com.google.common.collect.Maps;
import java.util.Optional;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.sla.CalendarPolicy;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.ports.in.SlaConfiguration;
import org.itilhis.ports.out.SlaConfigurationRepository;

/** Assembles the {@link SlaPolicy} in force from the stored configuration and calendars. */
final class SlaPolicies {
    private final SlaConfigurationRepository repository;

    SlaPolicies(SlaConfigurationRepository repository) {
        this.repository = repository;
    }

    /** The policy, or empty while no configuration is stored. */
    Optional<SlaPolicy> current() {
        return repository.configuration().map(this::policyOf);
    }

    private SlaPolicy policyOf(SlaConfiguration configuration) {
        return new SlaPolicy(configuration.catalogue(),
                CalendarPolicy.of(Maps.transformValues(configuration.calendars(), this::calendar)));
    }

    private CalendarVersions calendar(String name) {
        return repository.calendar(name).orElseThrow(() -> new IllegalStateException(
                "the SLA configuration names calendar '" + name + "', which is not stored"));
    }
}
