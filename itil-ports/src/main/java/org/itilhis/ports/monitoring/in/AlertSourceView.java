package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.monitoring.AlertSource;
import org.itilhis.core.monitoring.AlertSourceKind;

/** A monitoring source as people see it: never its token or secret. */
public record AlertSourceView(String code, AlertSourceKind kind, boolean enabled, boolean signed,
                              Instant registeredAt, long version) {
    public AlertSourceView {
        checkNotNull(code, "code");
        checkNotNull(kind, "kind");
        checkNotNull(registeredAt, "registeredAt");
    }

    public static AlertSourceView of(AlertSource source) {
        return new AlertSourceView(source.code(), source.kind(), source.isEnabled(), source.isSigned(),
                source.registeredAt(), source.version());
    }
}
