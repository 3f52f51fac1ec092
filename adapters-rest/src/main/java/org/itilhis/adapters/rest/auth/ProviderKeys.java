package org.itilhis.adapters.rest.auth;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetRetrievalException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The identity provider's signing keys (its JWK set), fetched over HTTP and cached: a token
 * signed with a key the cache lacks (its {@code kid} is new, after the provider rotated its keys)
 * makes the set be fetched again at once, within a rate limit, so a rotation is picked up
 * without a restart. The set's address is configured, or read from the provider's discovery
 * document ({@code <issuer>/.well-known/openid-configuration}) at the first fetch, so the API
 * starts while the provider is down. Only {@code https} addresses are fetched, but on loopback.
 */
final class ProviderKeys {
    /** The largest discovery document or key set read (Nimbus' default, 50 KB). */
    private static final int SIZE_LIMIT = JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT;

    private ProviderKeys() {
    }

    /**
     * @param jwkSetUri       where the set is, or empty to discover it from {@code issuer}
     * @param cacheTime       how long a fetched set is used before it is fetched again
     * @param refreshInterval the shortest time between two fetches (two are allowed in it)
     * @param timeout         of connecting and of reading, each
     */
    static JWKSource<SecurityContext> source(URI issuer, Optional<URI> jwkSetUri, Duration cacheTime,
                                             Duration refreshInterval, Duration timeout) {
        ResourceRetriever retriever = new DefaultResourceRetriever((int) timeout.toMillis(), (int) timeout.toMillis(),
                SIZE_LIMIT);
        JWKSetSource<SecurityContext> fetched = jwkSetUri.isPresent()
                ? new URLBasedJWKSetSource<>(fetchable(jwkSetUri.get(), "jwkSetUri"), retriever)
                : new Discovered(issuer, retriever);
        // Refreshes ahead of expiry on a daemon thread that ends when idle, so that an
        // authenticator never keeps a JVM alive nor holds a thread while unused.
        ThreadPoolExecutor refresher = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new ThreadFactoryBuilder().setDaemon(true).setNameFormat("itilhis-jwks-refresh-%d").build());
        return JWKSourceBuilder.create(fetched)
                .cache(cacheTime.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .refreshAheadCache(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, null, refresher, true, null, false)
                .rateLimited(refreshInterval.toMillis())
                .retrying(true)
                .build();
    }

    /**
     * {@code uri} as a URL to fetch, if it is {@code https}, or {@code http} on loopback (a test's
     * provider, a sidecar).
     *
     * @throws IllegalArgumentException naming {@code setting} otherwise
     */
    static URL fetchable(URI uri, String setting) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = uri.getHost() != null && (uri.getHost().equalsIgnoreCase("localhost")
                || uri.getHost().startsWith("127.") || uri.getHost().equals("[::1]"));
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new IllegalArgumentException(setting + " " + uri + " is not an https address (http only on loopback)");
        }
        try {
            return uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException notAUrl) {
            throw new IllegalArgumentException(setting + " " + uri + " is not a URL: " + notAUrl.getMessage(), notAUrl);
        }
    }

    /** The key set at the {@code jwks_uri} of the issuer's discovery document, read at the first fetch. */
    private static final class Discovered implements JWKSetSource<SecurityContext> {
        private final URI issuer;
        private final ResourceRetriever retriever;
        private volatile JWKSetSource<SecurityContext> keys;

        Discovered(URI issuer, ResourceRetriever retriever) {
            this.issuer = issuer;
            this.retriever = retriever;
            fetchable(issuer, "issuer");
        }

        @Override
        public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
                throws KeySourceException {
            return keys().getJWKSet(refreshEvaluator, currentTime, context);
        }

        private JWKSetSource<SecurityContext> keys() throws KeySourceException {
            JWKSetSource<SecurityContext> found = keys;
            if (found == null) {
                synchronized (this) {
                    if (keys == null) {
                        keys = new URLBasedJWKSetSource<>(discover(), retriever);
                    }
                    found = keys;
                }
            }
            return found;
        }

        private URL discover() throws JWKSetRetrievalException {
            String base = issuer.toString().endsWith("/") ? issuer.toString() : issuer + "/";
            URL document = fetchable(URI.create(base + ".well-known/openid-configuration"), "discovery document");
            Map<String, Object> metadata;
            try {
                metadata = JSONObjectUtils.parse(retriever.retrieveResource(document).getContent(), SIZE_LIMIT);
            } catch (IOException | ParseException unreadable) {
                throw new JWKSetRetrievalException("cannot read the discovery document " + document + ": "
                        + unreadable.getMessage(), unreadable);
            }
            try {
                // OpenID Connect Discovery 1.0, section 4.3: the document must name the issuer asked for.
                if (!issuer.toString().equals(JSONObjectUtils.getString(metadata, "issuer"))) {
                    throw new JWKSetRetrievalException("the discovery document " + document
                            + " names another issuer than " + issuer, null);
                }
                URI jwkSet = JSONObjectUtils.getURI(metadata, "jwks_uri");
                if (jwkSet == null) {
                    throw new JWKSetRetrievalException("the discovery document " + document + " has no jwks_uri", null);
                }
                return fetchable(jwkSet, "jwks_uri of " + document);
            } catch (ParseException | IllegalArgumentException wrong) {
                throw new JWKSetRetrievalException("the discovery document " + document + " is wrong: "
                        + wrong.getMessage(), wrong);
            }
        }

        @Override
        public void close() throws IOException {
            JWKSetSource<SecurityContext> found = keys;
            if (found != null) {
                found.close();
            }
        }
    }
}
