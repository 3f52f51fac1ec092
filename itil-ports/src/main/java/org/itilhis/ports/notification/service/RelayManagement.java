package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.notification.in.DeadLetterUseCase;
import org.itilhis.ports.notification.in.RelayQueries;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.out.SubscriberSource;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The operators' side of the notification relay: its standing ({@link RelayQueries}) and the
 * dead letters' replay and skip ({@link DeadLetterUseCase}), under the desk's access policy.
 */
public final class RelayManagement {
    private final DeadLetterService deadLetters;
    private final RelayQueryService queries;

    private RelayManagement(RelayPorts ports, List<SubscriberSource> sources, RelayAccess access,
                            Validator validator) {
        List<SubscriberSource> offered = List.copyOf(sources);
        this.deadLetters = new DeadLetterService(ports, access,
                new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events()));
        this.queries = new RelayQueryService(ports, access, () -> {
            Set<String> names = new TreeSet<>();
            offered.forEach(source -> source.subscribers().stream().map(Subscriber::name).forEach(names::add));
            return names;
        });
    }

    /** The relay's management on {@code ports}, for the subscribers of {@code sources}, under {@code desk.access()}. */
    public static RelayManagement create(RelayPorts ports, List<SubscriberSource> sources, ServiceDeskSettings desk,
                                         Validator validator) {
        checkNotNull(ports, "ports");
        return new RelayManagement(ports, checkNotNull(sources, "sources"),
                new RelayAccess(checkNotNull(desk, "desk").access(), ports.desk().directory()),
                checkNotNull(validator, "validator"));
    }

    public DeadLetterUseCase deadLetters() {
        return deadLetters;
    }

    public RelayQueries queries() {
        return queries;
    }
}
