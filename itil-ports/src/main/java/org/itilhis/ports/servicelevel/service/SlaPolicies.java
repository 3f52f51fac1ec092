package org.itilhis.ports.servicelevel.service;

import com.google.common.collect.Maps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.sla.CalendarPolicy;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/** Assembles the {@link SlaPolicy} in force from the stored configuration and calendars. */
final class SlaPolicies {
    private final SlaConfigurationRepository repository;

    SlaPolicies(SlaConfigurationRepository repository) {
        this.repository = repository;
    }

    /** The policy, or empty while no configuration is stored. */
    Optional<SlaPolicy> current() {
        return configured().map(Configured::policy);
    }

    /** The policy with the version of the configuration it comes from, or empty while none is stored. */
    Optional<Configured> configured() {
        return repository.configuration().map(c -> new Configured(policyOf(c), c.version()));
    }

    /** A policy and the version of the stored configuration it comes from. */
    record Configured(SlaPolicy policy, long version) {
    }

    /** The ticket's history as its clocks are measured from: its ticket events, oldest first. */
    static List<TicketEvent> history(EventLog events, TicketId id) {
        return events.history(id.toString()).stream()
                .filter(TicketEvent.class::isInstance).map(TicketEvent.class::cast).toList();
    }

    /** The histories of several tickets as {@link #history} gives each, read together, by ticket. */
    static Map<TicketId, List<TicketEvent>> histories(EventLog events, List<TicketId> ids) {
        Map<String, List<DomainEvent>> read = events.histories(ids.stream().map(TicketId::toString).toList());
        Map<TicketId, List<TicketEvent>> histories = new LinkedHashMap<>();
        ids.forEach(id -> histories.put(id, read.getOrDefault(id.toString(), List.of()).stream()
                .filter(TicketEvent.class::isInstance).map(TicketEvent.class::cast).toList()));
        return histories;
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
