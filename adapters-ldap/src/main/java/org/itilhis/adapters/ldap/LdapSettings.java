package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How to reach the directory: its servers, TLS, the account to bind with, timeouts, the
 * connection pool and how often the staff are read again. Immutable; built with
 * {@link #builder()}:
 * <pre>{@code
 * LdapSettings settings = LdapSettings.builder()
 *         .urls("ldaps://dc1.hospital.example", "ldaps://dc2.hospital.example")  // tried in this order
 *         .bindDn("CN=itilhis-reader,OU=Service Accounts,DC=hospital,DC=example")
 *         .bindPassword(PasswordSource.file(Path.of("/run/secrets/itilhis-ldap")))
 *         .refreshInterval(Duration.ofMinutes(10))
 *         .build();
 * }</pre>
 * Every setting is checked when it is given; a value the adapter cannot use is an
 * {@link LdapDirectoryException} naming the setting.
 */
public final class LdapSettings {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_CONNECTIONS = 2;
    /** Active Directory answers at most 1,000 entries to one search unless the client pages. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    private final ImmutableList<LDAPURL> urls;
    private final boolean startTls;
    private final Optional<Path> trustStore;
    private final Optional<PasswordSource> trustStorePassword;
    private final Optional<DN> bindDn;
    private final Optional<PasswordSource> bindPassword;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration refreshInterval;
    private final int maxConnections;
    private final int pageSize;
    private final Clock clock;
    private final UnaryOperator<String> environment;

    private LdapSettings(Builder builder) {
        urls = builder.urls;
        startTls = builder.startTls;
        trustStore = builder.trustStore;
        trustStorePassword = builder.trustStorePassword;
        bindDn = builder.bindDn;
        bindPassword = builder.bindPassword;
        connectTimeout = builder.connectTimeout;
        responseTimeout = builder.responseTimeout;
        refreshInterval = builder.refreshInterval;
        maxConnections = builder.maxConnections;
        pageSize = builder.pageSize;
        clock = builder.clock;
        environment = builder.environment;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The servers, tried in this order: the first that answers serves until it fails. */
    ImmutableList<LDAPURL> urls() {
        return urls;
    }

    /** Whether the connections are encrypted, by {@code ldaps://} or StartTLS. */
    public boolean encrypted() {
        return startTls || urls.get(0).getScheme().equals("ldaps");
    }

    public boolean startTls() {
        return startTls;
    }

    /** The certificates to trust; empty for the JVM's default trust store. */
    public Optional<Path> trustStore() {
        return trustStore;
    }

    Optional<PasswordSource> trustStorePassword() {
        return trustStorePassword;
    }

    /** The account to bind with; empty for an anonymous directory. */
    Optional<DN> bindDn() {
        return bindDn;
    }

    Optional<PasswordSource> bindPassword() {
        return bindPassword;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration responseTimeout() {
        return responseTimeout;
    }

    public Duration refreshInterval() {
        return refreshInterval;
    }

    public int maxConnections() {
        return maxConnections;
    }

    /** Entries asked for per page of a search; 0 reads each search in one answer. */
    public int pageSize() {
        return pageSize;
    }

    Clock clock() {
        return clock;
    }

    UnaryOperator<String> environment() {
        return environment;
    }

    /** Collects the settings; {@link #urls} is required, everything else has a default. */
    public static final class Builder {
        private ImmutableList<LDAPURL> urls = ImmutableList.of();
        private boolean startTls;
        private Optional<Path> trustStore = Optional.empty();
        private Optional<PasswordSource> trustStorePassword = Optional.empty();
        private Optional<DN> bindDn = Optional.empty();
        private Optional<PasswordSource> bindPassword = Optional.empty();
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private Duration refreshInterval = DEFAULT_REFRESH_INTERVAL;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private Clock clock = Clock.systemUTC();
        private UnaryOperator<String> environment = System::getenv;

        private Builder() {
        }

        /**
         * The directory's servers as {@code ldap://host[:port]} or {@code ldaps://host[:port]}
         * (ports 389 and 636 by default), all of one scheme, tried in the order given.
         */
        public Builder urls(String... urls) {
            return urls(List.of(urls));
        }

        public Builder urls(List<String> urls) {
            checkNotNull(urls, "urls");
            ImmutableList.Builder<LDAPURL> parsed = ImmutableList.builder();
            for (String url : urls) {
                parsed.add(parseUrl(url));
            }
            ImmutableList<LDAPURL> all = parsed.build();
            if (all.stream().map(LDAPURL::getScheme).distinct().count() > 1) {
                throw new LdapDirectoryException("urls", "mixes ldap:// and ldaps:// servers; give them all one scheme");
            }
            this.urls = all;
            return this;
        }

        /** Upgrades each {@code ldap://} connection to TLS with StartTLS before binding. */
        public Builder startTls(boolean startTls) {
            this.startTls = startTls;
            return this;
        }

        /**
         * The trust store (PKCS #12 or JKS) holding the certificate of the directory's servers
         * or of the CA that issued it; without one, the JVM's default trust store decides.
         * The servers' host names are always checked against their certificates.
         */
        public Builder trustStore(Path trustStore) {
            this.trustStore = Optional.of(checkNotNull(trustStore, "trustStore"));
            return this;
        }

        /** The trust store's password, if it has one. */
        public Builder trustStorePassword(PasswordSource password) {
            this.trustStorePassword = Optional.of(checkNotNull(password, "trustStorePassword"));
            return this;
        }

        /** The (read-only) service account to bind with; give its {@link #bindPassword} too. */
        public Builder bindDn(String bindDn) {
            this.bindDn = Optional.of(parseDn("bindDn", bindDn));
            return this;
        }

        public Builder bindPassword(PasswordSource password) {
            this.bindPassword = Optional.of(checkNotNull(password, "bindPassword"));
            return this;
        }

        /** How long to wait for a server to accept a connection; default 10 seconds. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /** How long to wait for the answer to one request (one page of a search); default 30 seconds. */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive("responseTimeout", timeout);
            return this;
        }

        /** The time from the end of one reading of the directory to the start of the next; default 15 minutes. */
        public Builder refreshInterval(Duration interval) {
            this.refreshInterval = positive("refreshInterval", interval);
            return this;
        }

        /** The most connections the pool holds; default 2 (a refresh uses one). */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new LdapDirectoryException("maxConnections", maxConnections + " is less than 1");
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * Entries asked for per page of a search (the simple paged results control); default
         * 500. 0 reads each search in one answer, for a server that does not page; a server
         * that stops such a search at its size limit fails the refresh rather than losing staff.
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < 0) {
                throw new LdapDirectoryException("pageSize", pageSize + " is negative");
            }
            this.pageSize = pageSize;
            return this;
        }

        /** The clock that dates each snapshot; the system's by default. */
        public Builder clock(Clock clock) {
            this.clock = checkNotNull(clock, "clock");
            return this;
        }

        /** Where {@link PasswordSource#environment} looks; for tests. */
        Builder environment(UnaryOperator<String> environment) {
            this.environment = checkNotNull(environment, "environment");
            return this;
        }

        public LdapSettings build() {
            if (urls.isEmpty()) {
                throw new LdapDirectoryException("urls", "at least one ldap:// or ldaps:// URL is required");
            }
            if (startTls && urls.get(0).getScheme().equals("ldaps")) {
                throw new LdapDirectoryException("startTls", "not with ldaps:// URLs, which are encrypted from the start");
            }
            if (bindDn.isPresent() != bindPassword.isPresent()) {
                throw new LdapDirectoryException(bindDn.isPresent() ? "bindPassword" : "bindDn",
                        "bindDn and bindPassword go together (neither for an anonymous bind)");
            }
            if (trustStorePassword.isPresent() && trustStore.isEmpty()) {
                throw new LdapDirectoryException("trustStorePassword", "given without a trustStore");
            }
            return new LdapSettings(this);
        }

        private static LDAPURL parseUrl(String url) {
            checkNotNull(url, "url");
            String scheme = url.strip().toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("ldap://") && !scheme.startsWith("ldaps://")) {
                throw new LdapDirectoryException("urls", "'" + url + "' is neither ldap:// nor ldaps://");
            }
            LDAPURL parsed;
            try {
                parsed = new LDAPURL(url.strip());
            } catch (LDAPException e) {
                throw new LdapDirectoryException("urls", "'" + url + "' is not an LDAP URL: " + e.getMessage(), e);
            }
            if (!parsed.hostProvided()) {
                throw new LdapDirectoryException("urls", "'" + url + "' names no host");
            }
            if (parsed.baseDNProvided()) {
                throw new LdapDirectoryException("urls",
                        "'" + url + "' has a base DN; give it as peopleBase or groupsBase of the DirectoryMapping");
            }
            return parsed;
        }

        private static Duration positive(String setting, Duration duration) {
            checkNotNull(duration, setting);
            if (duration.isNegative() || duration.isZero()) {
                throw new LdapDirectoryException(setting, duration + " is not positive");
            }
            return duration;
        }
    }

    /** {@code dn} parsed, or an error naming {@code setting}. */
    static DN parseDn(String setting, String dn) {
        checkNotNull(dn, setting);
        try {
            DN parsed = new DN(dn.strip());
            if (parsed.isNullDN()) {
                throw new LdapDirectoryException(setting, "is empty");
            }
            return parsed;
        } catch (LDAPException e) {
            throw new LdapDirectoryException(setting, "'" + dn + "' is not a DN: " + e.getMessage(), e);
        }
    }
}
