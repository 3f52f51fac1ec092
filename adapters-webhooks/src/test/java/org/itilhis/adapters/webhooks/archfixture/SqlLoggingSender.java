package org.itilhis.adapters.webhooks.archfixture;

import java.sql.Timestamp;
import java.time.Instant;

/** Planted violation: a library outside the allowlist (JDBC's types). */
public final class SqlLoggingSender {
    public Object sentAt(Instant at) {
        return Timestamp.from(at);
    }
}
