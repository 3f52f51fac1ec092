package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the hospital service desk listens and which database it keeps its records in. Each
 * setting is read from a system property, else from an environment variable, else its
 * default:
 *
 * <table>
 *   <caption>settings</caption>
 *   <tr><th>environment variable</th><th>system property</th><th>default</th></tr>
 *   <tr><td>{@code ITILHIS_HOST}</td><td>{@code itilhis.host}</td><td>{@code 127.0.0.1}</td></tr>
 *   <tr><td>{@code ITILHIS_PORT}</td><td>{@code itilhis.port}</td><td>{@code 8080} (0: any free port)</td></tr>
 *   <tr><td>{@code ITILHIS_DATA_DIR}</td><td>{@code itilhis.data.dir}</td><td>{@code ./data}</td></tr>
 *   <tr><td>{@code ITILHIS_DB_URL}</td><td>{@code itilhis.db.url}</td>
 *       <td>the H2 file database {@code <data dir>/itilhis}</td></tr>
 *   <tr><td>{@code ITILHIS_DB_USER}</td><td>{@code itilhis.db.user}</td><td>{@code sa} on H2, none elsewhere</td></tr>
 *   <tr><td>{@code ITILHIS_DB_PASSWORD}</td><td>{@code itilhis.db.password}</td><td>empty</td></tr>
 *   <tr><td>{@code ITILHIS_DB_PASSWORD_FILE}</td><td>{@code itilhis.db.password-file}</td>
 *       <td>none: a file holding the database password (less one line break at its end), such as a
 *       container secret; not together with {@code ITILHIS_DB_PASSWORD}</td></tr>
 *   <tr><td>{@code ITILHIS_DB_POOL_SIZE}</td><td>{@code itilhis.db.pool-size}</td><td>10</td></tr>
 *   <tr><td>{@code ITILHIS_DEMO_TOKEN_DAYS}</td><td>{@code itilhis.demo-token.days}</td>
 *       <td>{@value #DEFAULT_DEMO_TOKEN_DAYS}: how long new demo tokens are valid</td></tr>
 *   <tr><td>{@code ITILHIS_IDEMPOTENCY_HOURS}</td><td>{@code itilhis.idempotency.hours}</td>
 *       <td>{@value #DEFAULT_IDEMPOTENCY_HOURS}: how long a retry with the same {@code Idempotency-Key}
 *       gets the original answer; after it the key creates again</td></tr>
 *   <tr><td>{@code ITILHIS_IDEMPOTENCY_PURGE_MINUTES}</td><td>{@code itilhis.idempotency.purge-minutes}</td>
 *       <td>{@value #DEFAULT_IDEMPOTENCY_PURGE_MINUTES}: how often the expired idempotency records are deleted</td></tr>
 *   <tr><td>{@code ITILHIS_OIDC_ISSUER}</td><td>{@code itilhis.oidc.issuer}</td>
 *       <td>none: the issuer of the hospital's OpenID Connect provider, whose access tokens then sign
 *       people in ({@link SignInSettings})</td></tr>
 *   <tr><td>{@code ITILHIS_OIDC_AUDIENCE}</td><td>{@code itilhis.oidc.audience}</td>
 *       <td>required with an issuer: the audience (or audiences, comma-separated) a token must name</td></tr>
 *   <tr><td>{@code ITILHIS_OIDC_JWKS_URI}</td><td>{@code itilhis.oidc.jwks-uri}</td>
 *       <td>discovered from the issuer: where the provider publishes its signing keys</td></tr>
 *   <tr><td>{@code ITILHIS_OIDC_STAFF_ID_CLAIM}</td><td>{@code itilhis.oidc.staff-id-claim}</td>
 *       <td>{@code preferred_username}: the claim holding the staff id</td></tr>
 *   <tr><td>{@code ITILHIS_OIDC_ROLES_CLAIMS}</td><td>{@code itilhis.oidc.roles-claims}</td>
 *       <td>{@code roles}: the claims (comma-separated; a dotted name is a path, {@code realm_access.roles})
 *       listing the roles by name ({@code service-desk-agent} or {@code SERVICE_DESK_AGENT})</td></tr>
 *   <tr><td>{@code ITILHIS_OIDC_TIMEOUT_SECONDS}</td><td>{@code itilhis.oidc.timeout-seconds}</td>
 *       <td>2: how long the provider may take to answer for its discovery document and keys</td></tr>
 *   <tr><td>{@code ITILHIS_DEMO_TOKENS}</td><td>{@code itilhis.demo-tokens}</td>
 *       <td>{@code true} without an issuer, {@code false} with one: whether the demo tokens sign in</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_URL}</td><td>{@code itilhis.ldap.url}</td>
 *       <td>none (the demo hospital's directory): the LDAP or Active Directory servers
 *       ({@code ldaps://dc1.hospital.example}, comma-separated, tried in order) whose staff directory
 *       is used instead ({@link LdapDirectorySettings})</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_BIND_DN}</td><td>{@code itilhis.ldap.bind-dn}</td>
 *       <td>none (an anonymous bind): the read-only account to bind with</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_BIND_PASSWORD_FILE}</td><td>{@code itilhis.ldap.bind-password-file}</td>
 *       <td>none: a file holding its password (less one line break at its end)</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_BIND_PASSWORD}</td><td>none: the environment only</td>
 *       <td>none: its password; not together with the file</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_PEOPLE_BASE}</td><td>{@code itilhis.ldap.people-base}</td>
 *       <td>required with a URL: where the people are ({@code ou=people,dc=hospital,dc=example})</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_GROUPS_BASE}</td><td>{@code itilhis.ldap.groups-base}</td>
 *       <td>required with a URL: where the assignment groups are, each named as the demo hospital's
 *       ({@code cn=desktop-first-line,<groups base>})</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_KIND}</td><td>{@code itilhis.ldap.kind}</td>
 *       <td>{@code openldap}, or {@code active-directory}</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_LEAVERS_FILTER}</td><td>{@code itilhis.ldap.leavers-filter}</td>
 *       <td>none (leavers are deleted, or disabled in Active Directory): the entries of people who
 *       left, {@code (employeeType=left)}</td></tr>
 *   <tr><td>{@code ITILHIS_LDAP_REFRESH_MINUTES}</td><td>{@code itilhis.ldap.refresh-minutes}</td>
 *       <td>{@value LdapDirectorySettings#DEFAULT_REFRESH_MINUTES}: how often the directory is read again</td></tr>
 *   <tr><td>{@code ITILHIS_TLS_KEYSTORE}</td><td>{@code itilhis.tls.keystore}</td>
 *       <td>none (plain http, for a reverse proxy that terminates TLS): a PKCS#12 key store with the
 *       server's key and certificate, from the hospital's CA; the server then speaks https only
 *       ({@link HardeningSettings})</td></tr>
 *   <tr><td>{@code ITILHIS_TLS_KEYSTORE_PASSWORD_FILE}</td><td>{@code itilhis.tls.keystore-password-file}</td>
 *       <td>none: a file holding the key store's password (less one line break at its end)</td></tr>
 *   <tr><td>{@code ITILHIS_TLS_KEYSTORE_PASSWORD}</td><td>none: the environment only</td>
 *       <td>none: the key store's password; not together with the file</td></tr>
 *   <tr><td>{@code ITILHIS_RATE_LIMIT_PER_MINUTE}</td><td>{@code itilhis.rate-limit.per-minute}</td>
 *       <td>none (0): requests a minute a person may send, as many at once; beyond it 429</td></tr>
 *   <tr><td>{@code ITILHIS_DB_OWNER_USER}</td><td>{@code itilhis.db.owner-user}</td>
 *       <td>none (the database user migrates too): the schema's owner, who runs the migrations, while
 *       requests run as {@code ITILHIS_DB_USER} with the grants of docs/database-roles.md</td></tr>
 *   <tr><td>{@code ITILHIS_DB_OWNER_PASSWORD_FILE}</td><td>{@code itilhis.db.owner-password-file}</td>
 *       <td>none: a file holding the owner's password</td></tr>
 *   <tr><td>{@code ITILHIS_DB_OWNER_PASSWORD}</td><td>none: the environment only</td>
 *       <td>none: the owner's password; not together with the file</td></tr>
 *   <tr><td>{@code ITILHIS_SMTP_HOST}</td><td>{@code itilhis.smtp.host}</td>
 *       <td>none: the SMTP server e-mail notifications go through ({@link NotificationServerSettings});
 *       with {@code ITILHIS_SMTP_PORT} (587), {@code ITILHIS_SMTP_SECURITY} ({@code none}, {@code starttls},
 *       {@code tls}), {@code ITILHIS_SMTP_USER}, {@code ITILHIS_SMTP_PASSWORD} (the environment only),
 *       {@code ITILHIS_MAIL_FROM} (required) and {@code ITILHIS_MAIL_REPLY_TO} (the replies mailbox)</td></tr>
 *   <tr><td>{@code ITILHIS_IMAP_HOST}</td><td>{@code itilhis.imap.host}</td>
 *       <td>none: the replies mailbox read every minute; with {@code ITILHIS_IMAP_PORT} (993),
 *       {@code ITILHIS_IMAP_SECURITY}, {@code ITILHIS_IMAP_USER} and {@code ITILHIS_IMAP_PASSWORD}</td></tr>
 *   <tr><td>{@code ITILHIS_METRICS_PORT}</td><td>{@code itilhis.metrics.port}</td>
 *       <td>none: the port of {@code GET /metrics} (Prometheus text) on the server's host, 0 for any free one</td></tr>
 * </table>
 *
 * <p>The data directory also holds the demo tokens ({@link DemoTokens#FILE_NAME}). The database
 * password need never be given on a command line, where every user of the machine can read
 * it: give it in the environment or, better, in a file readable by the service's account only.
 *
 * @param dataDirectory     an absolute path
 * @param demoTokenLifetime how long the demo tokens are valid from when they are made, whole days
 * @param idempotencyRetention how long an idempotency record answers retries, whole hours
 * @param idempotencyPurgeInterval how often the expired idempotency records are deleted, whole minutes
 * @param signIn            who signs in, and how
 * @param ldap              the hospital's LDAP directory; empty for the demo hospital's
 * @param hardening         https, a rate limit and the schema's owner, when the hospital sets them
 * @param notifications     the SMTP server, the replies mailbox and the metrics port, when set
 */
public record ServerConfiguration(String host, int port, Path dataDirectory, String databaseUrl, String databaseUser,
                                  String databasePassword, int poolSize, Duration demoTokenLifetime,
                                  Duration idempotencyRetention, Duration idempotencyPurgeInterval,
                                  SignInSettings signIn, Optional<LdapDirectorySettings> ldap,
                                  HardeningSettings hardening, NotificationServerSettings notifications) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_POOL_SIZE = 10;
    /** Demo tokens are valid for a week: long enough for a demonstration, short enough to be forgotten. */
    public static final int DEFAULT_DEMO_TOKEN_DAYS = 7;
    /** Idempotency records answer retries for a day (IdempotencyStore.DEFAULT_RETENTION). */
    public static final int DEFAULT_IDEMPOTENCY_HOURS = 24;
    /** The expired idempotency records are deleted hourly. */
    public static final int DEFAULT_IDEMPOTENCY_PURGE_MINUTES = 60;

    /** The settings by environment variable name, with their system property names. */
    private static final ImmutableMap<String, String> PROPERTIES = ImmutableMap.<String, String>builder()
            .put("ITILHIS_HOST", "itilhis.host")
            .put("ITILHIS_PORT", "itilhis.port")
            .put("ITILHIS_DATA_DIR", "itilhis.data.dir")
            .put("ITILHIS_DB_URL", "itilhis.db.url")
            .put("ITILHIS_DB_USER", "itilhis.db.user")
            .put("ITILHIS_DB_PASSWORD", "itilhis.db.password")
            .put("ITILHIS_DB_PASSWORD_FILE", "itilhis.db.password-file")
            .put("ITILHIS_DB_POOL_SIZE", "itilhis.db.pool-size")
            .put("ITILHIS_DEMO_TOKEN_DAYS", "itilhis.demo-token.days")
            .put("ITILHIS_IDEMPOTENCY_HOURS", "itilhis.idempotency.hours")
            .put("ITILHIS_IDEMPOTENCY_PURGE_MINUTES", "itilhis.idempotency.purge-minutes")
            .putAll(SignInSettings.PROPERTIES)
            .putAll(LdapDirectorySettings.PROPERTIES)
            .putAll(HardeningSettings.PROPERTIES)
            .putAll(NotificationServerSettings.PROPERTIES)
            .buildOrThrow();

    public ServerConfiguration {
        checkNotNull(host, "host");
        checkArgument(!host.isBlank(), "the host is blank");
        checkArgument(port >= 0 && port <= 65_535, "port %s is out of range", port);
        checkNotNull(dataDirectory, "dataDirectory");
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        checkNotNull(databaseUrl, "databaseUrl");
        checkArgument(databaseUrl.startsWith("jdbc:"), "the database URL %s is not a JDBC URL", databaseUrl);
        databasePassword = databasePassword == null ? "" : databasePassword;
        checkArgument(poolSize >= 2, "the pool needs at least 2 connections, not %s", poolSize);
        checkNotNull(demoTokenLifetime, "demoTokenLifetime");
        checkArgument(demoTokenLifetime.compareTo(Duration.ofDays(1)) >= 0
                && demoTokenLifetime.compareTo(Duration.ofDays(365)) <= 0,
                "ITILHIS_DEMO_TOKEN_DAYS: demo tokens are valid 1 to 365 days, not %s", demoTokenLifetime.toDays());
        checkNotNull(idempotencyRetention, "idempotencyRetention");
        checkArgument(idempotencyRetention.compareTo(Duration.ofHours(1)) >= 0
                && idempotencyRetention.compareTo(Duration.ofDays(30)) <= 0,
                "ITILHIS_IDEMPOTENCY_HOURS: idempotency records are kept 1 to 720 hours, not %s",
                idempotencyRetention.toHours());
        checkNotNull(idempotencyPurgeInterval, "idempotencyPurgeInterval");
        checkArgument(idempotencyPurgeInterval.compareTo(Duration.ofMinutes(1)) >= 0
                && idempotencyPurgeInterval.compareTo(Duration.ofDays(1)) <= 0,
                "ITILHIS_IDEMPOTENCY_PURGE_MINUTES: the purge runs every 1 to 1440 minutes, not %s",
                idempotencyPurgeInterval.toMinutes());
        checkNotNull(signIn, "signIn");
        checkNotNull(ldap, "ldap");
        checkNotNull(hardening, "hardening");
        checkNotNull(notifications, "notifications");
    }

    /** From the system properties and the environment of this process. */
    public static ServerConfiguration fromEnvironment() {
        return from(System::getProperty, System::getenv);
    }

    /**
     * From settings named as the environment variables ({@code ITILHIS_DB_URL}), for tests and
     * embedders; {@code ITILHIS_LDAP_BIND_PASSWORD}, if given, is read by the LDAP adapter from
     * this process's environment.
     */
    public static ServerConfiguration of(Map<String, String> settings) {
        Map<String, String> copy = Map.copyOf(settings);
        copy.keySet().forEach(key -> checkArgument(PROPERTIES.containsKey(key), "unknown setting %s", key));
        return from(property -> null, copy::get);
    }

    static ServerConfiguration from(Function<String, String> properties, Function<String, String> environment) {
        Settings settings = new Settings(PROPERTIES, properties, environment);
        Path data = Path.of(settings.get("ITILHIS_DATA_DIR").orElse("data")).toAbsolutePath().normalize();
        String url = settings.get("ITILHIS_DB_URL").orElse(h2FileUrl(data));
        String user = settings.get("ITILHIS_DB_USER").orElse(url.startsWith("jdbc:h2:") ? "sa" : null);
        return new ServerConfiguration(settings.get("ITILHIS_HOST").orElse(DEFAULT_HOST),
                settings.number("ITILHIS_PORT", DEFAULT_PORT), data, url, user,
                settings.secret("ITILHIS_DB_PASSWORD", "ITILHIS_DB_PASSWORD_FILE").orElse(""),
                settings.number("ITILHIS_DB_POOL_SIZE", DEFAULT_POOL_SIZE),
                Duration.ofDays(settings.number("ITILHIS_DEMO_TOKEN_DAYS", DEFAULT_DEMO_TOKEN_DAYS)),
                Duration.ofHours(settings.number("ITILHIS_IDEMPOTENCY_HOURS", DEFAULT_IDEMPOTENCY_HOURS)),
                Duration.ofMinutes(settings.number("ITILHIS_IDEMPOTENCY_PURGE_MINUTES",
                        DEFAULT_IDEMPOTENCY_PURGE_MINUTES)),
                SignInSettings.from(settings), LdapDirectorySettings.from(settings), HardeningSettings.from(settings),
                NotificationServerSettings.from(settings));
    }

    /**
     * The embedded default: an H2 file database in {@code data}. H2's own shutdown hook is off
     * ({@code DB_CLOSE_ON_EXIT=FALSE}): the database closes with the pool's last connection,
     * after the server has stopped, rather than under the requests still running.
     */
    static String h2FileUrl(Path data) {
        return "jdbc:h2:file:" + data.resolve("itilhis").toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The database's URL without parameters (they may hold a password), for the start-up lines. */
    public String databaseShown() {
        int parameters = databaseUrl.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = databaseUrl.indexOf(separator);
            if (at >= 0) {
                parameters = Math.min(parameters, at);
            }
        }
        return databaseUrl.substring(0, parameters);
    }

    /** Which staff directory is in use, for the start-up lines: no password is part of it. */
    public String directoryShown() {
        return ldap.map(LdapDirectorySettings::describe).orElse("the demo hospital's (DemoHospital, in memory)");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s:%d, %s, data in %s", host, port, databaseShown(), dataDirectory);
    }
}
