package org.itilhis.adapters.rest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * TLS terminated by the API's own Jetty, for a hospital without a reverse proxy in front
 * (docs/security.md prefers the proxy): the server's key and certificate chain in a PKCS#12
 * key store, from the hospital's CA; TLS 1.3 and 1.2 only, with the JDK's default cipher suites
 * for them; every answer carries {@code Strict-Transport-Security} for {@code hstsMaxAge}. To
 * rotate the certificate, replace the key store and restart.
 *
 * @param keyStore   a PKCS#12 file holding one private key and its certificate chain
 * @param password   the key store's password (also the key's)
 * @param hstsMaxAge how long browsers keep to https for this host; zero ({@code max-age=0}) tells them to forget it
 */
public record ServerTls(Path keyStore, String password, Duration hstsMaxAge) {
    /** A year, as the HSTS preload rules ask. */
    public static final Duration DEFAULT_HSTS_MAX_AGE = Duration.ofDays(365);

    /** @throws IllegalArgumentException if the key store is not a readable file */
    public ServerTls {
        checkNotNull(keyStore, "keyStore");
        checkNotNull(password, "password");
        checkNotNull(hstsMaxAge, "hstsMaxAge");
        checkArgument(Files.isRegularFile(keyStore) && Files.isReadable(keyStore),
                "the TLS key store %s is not a readable file", keyStore);
        checkArgument(!hstsMaxAge.isNegative(), "hstsMaxAge %s is negative", hstsMaxAge);
    }

    /** The key store at {@code keyStore}, HSTS for {@link #DEFAULT_HSTS_MAX_AGE}. */
    public static ServerTls pkcs12(Path keyStore, String password) {
        return new ServerTls(keyStore, password, DEFAULT_HSTS_MAX_AGE);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "ServerTls[keyStore=" + keyStore + ", hstsMaxAge=" + hstsMaxAge + "]";
    }
}
