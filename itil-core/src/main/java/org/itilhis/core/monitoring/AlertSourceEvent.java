package org.itilhis.core.monitoring;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What happens to a monitoring source ({@code monitoring.source-registered}, ...). Never carries
 * a token or a secret: a rotation says only whether a signing secret is kept.
 */
public sealed interface AlertSourceEvent extends DomainEvent {
    String code();

    @Override
    default String aggregateId() {
        return AlertSource.aggregateIdOf(code());
    }

    @Override
    default String type() {
        return "monitoring.source-" + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** A source registered, enabled, of {@code kind}; {@code signed}: its deliveries carry an HMAC signature. */
    record Registered(String code, AlertSourceKind kind, boolean signed, StaffId actor, Instant occurredAt)
            implements AlertSourceEvent {
    }

    /** New credentials: the old token (and secret) no longer authenticate. */
    record CredentialsRotated(String code, boolean signed, StaffId actor, Instant occurredAt)
            implements AlertSourceEvent {
    }

    /** Deliveries refused from now on (401), until enabled again. */
    record Disabled(String code, StaffId actor, Instant occurredAt) implements AlertSourceEvent {
    }

    /** Deliveries accepted again. */
    record Enabled(String code, StaffId actor, Instant occurredAt) implements AlertSourceEvent {
    }
}
