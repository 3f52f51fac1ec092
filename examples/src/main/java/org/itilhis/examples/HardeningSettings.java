package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.itilhis.adapters.rest.ServerTls;
import org.itilhis.adapters.rest.http.RateLimit;

/**
 * What a hospital turns on when the service desk leaves the demonstration (docs/security.md,
 * deployment checklist): https terminated by the server itself when no reverse proxy does it,
 * a request rate limit per person, and migrations run by the schema's owner while requests run
 * as a user who may neither change nor delete the audit trail (docs/database-roles.md). None
 * is on unless set; the settings are listed in {@link ServerConfiguration}'s table.
 *
 * @param tls           the key store the server terminates TLS with; empty: plain http (behind a proxy)
 * @param rateLimit     requests per minute per person, with as many at once; empty: no limit
 * @param databaseOwner who migrates the schema, when not the database user the requests run as
 */
public record HardeningSettings(Optional<ServerTls> tls, Optional<RateLimit> rateLimit,
                                Optional<DatabaseOwner> databaseOwner) {
    /** The settings by environment variable name, with their system property names. */
    static final ImmutableMap<String, String> PROPERTIES = ImmutableMap.<String, String>builder()
            .put("ITILHIS_TLS_KEYSTORE", "itilhis.tls.keystore")
            .put("ITILHIS_TLS_KEYSTORE_PASSWORD_FILE", "itilhis.tls.keystore-password-file")
            .put("ITILHIS_TLS_KEYSTORE_PASSWORD", Settings.ENVIRONMENT_ONLY)
            .put("ITILHIS_RATE_LIMIT_PER_MINUTE", "itilhis.rate-limit.per-minute")
            .put("ITILHIS_DB_OWNER_USER", "itilhis.db.owner-user")
            .put("ITILHIS_DB_OWNER_PASSWORD_FILE", "itilhis.db.owner-password-file")
            .put("ITILHIS_DB_OWNER_PASSWORD", Settings.ENVIRONMENT_ONLY)
            .buildOrThrow();

    /** Nothing hardened: the demonstration's defaults. */
    public static final HardeningSettings NONE = new HardeningSettings(Optional.empty(), Optional.empty(),
            Optional.empty());

    public HardeningSettings {
        checkNotNull(tls, "tls");
        checkNotNull(rateLimit, "rateLimit");
        checkNotNull(databaseOwner, "databaseOwner");
    }

    static HardeningSettings from(Settings settings) {
        Optional<ServerTls> tls = settings.get("ITILHIS_TLS_KEYSTORE").map(keyStore -> {
            String password = settings.secret("ITILHIS_TLS_KEYSTORE_PASSWORD", "ITILHIS_TLS_KEYSTORE_PASSWORD_FILE")
                    .orElseThrow(() -> new IllegalArgumentException("ITILHIS_TLS_KEYSTORE needs its password in "
                            + "ITILHIS_TLS_KEYSTORE_PASSWORD_FILE or ITILHIS_TLS_KEYSTORE_PASSWORD"));
            try {
                return ServerTls.pkcs12(Path.of(keyStore), password);
            } catch (IllegalArgumentException unreadable) {
                throw new IllegalArgumentException(settings.shown("ITILHIS_TLS_KEYSTORE") + ": "
                        + unreadable.getMessage(), unreadable);
            }
        });
        checkArgument(tls.isPresent() || !settings.isSet("ITILHIS_TLS_KEYSTORE_PASSWORD_FILE"),
                "ITILHIS_TLS_KEYSTORE_PASSWORD_FILE is set without ITILHIS_TLS_KEYSTORE");
        int perMinute = settings.number("ITILHIS_RATE_LIMIT_PER_MINUTE", 0);
        checkArgument(perMinute >= 0, "%s: a rate limit is a positive number of requests per minute, not %s",
                settings.shown("ITILHIS_RATE_LIMIT_PER_MINUTE"), perMinute);
        Optional<RateLimit> rateLimit = perMinute == 0 ? Optional.empty()
                : Optional.of(RateLimit.of(perMinute, Duration.ofMinutes(1), perMinute));
        Optional<DatabaseOwner> owner = settings.get("ITILHIS_DB_OWNER_USER").map(user -> new DatabaseOwner(user,
                settings.secret("ITILHIS_DB_OWNER_PASSWORD", "ITILHIS_DB_OWNER_PASSWORD_FILE").orElse("")));
        checkArgument(owner.isPresent() || !settings.isSet("ITILHIS_DB_OWNER_PASSWORD_FILE"),
                "ITILHIS_DB_OWNER_PASSWORD_FILE is set without ITILHIS_DB_OWNER_USER");
        return new HardeningSettings(tls, rateLimit, owner);
    }

    /** For the start-up lines: what is on, never a password. */
    public String describe() {
        return "https: " + tls.map(on -> "terminated here, key store " + on.keyStore()).orElse("no (plain http)")
                + "; rate limit: " + rateLimit.map(limit -> Math.round(limit.requestsPerSecond() * 60) + " a minute a person")
                        .orElse("none")
                + "; schema owner: " + databaseOwner.map(DatabaseOwner::user).orElse("the database user");
    }

    /** The schema's owner: the user who migrates it. */
    public record DatabaseOwner(String user, String password) {
        public DatabaseOwner {
            checkNotNull(user, "user");
            checkNotNull(password, "password");
        }

        /** Never the password. */
        @Override
        public String toString() {
            return "DatabaseOwner[user=" + user + "]";
        }
    }
}
