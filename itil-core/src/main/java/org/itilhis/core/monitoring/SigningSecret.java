package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Charsets.UTF_8;

import com.google.common.hash.Hashing;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

/**
 * A generic source's HMAC-SHA256 key: the sender signs each delivery's body and sends
 * {@code X-Itilhis-Signature: sha256=<hex>} (docs/monitoring/generic.md). Unlike a bearer token
 * the library must keep the key itself to check a signature; it is shown once, when the source is
 * registered or its credentials rotated, and never appears in an event, a view or
 * {@link #toString()}.
 */
public record SigningSecret(String value) {
    /** The fewest characters a given secret holds. */
    public static final int MIN_LENGTH = 32;
    /** The most characters a given secret holds. */
    public static final int MAX_LENGTH = 200;
    /** The header's prefix before the hex digest. */
    public static final String SCHEME = "sha256=";
    private static final int GENERATED_BYTES = 32;

    public SigningSecret {
        checkNotNull(value, "value");
        checkArgument(value.length() >= MIN_LENGTH && value.length() <= MAX_LENGTH, "a secret of %s characters",
                value.length());
    }

    /**
     * The secret given as text, stripped.
     *
     * @throws InvalidAlertSourceException if it is shorter than 32 or longer than 200 characters
     */
    public static SigningSecret parse(String text) {
        String stripped = checkNotNull(text, "text").strip();
        if (stripped.length() < MIN_LENGTH || stripped.length() > MAX_LENGTH) {
            throw InvalidAlertSourceException.secretMalformed(MIN_LENGTH, MAX_LENGTH);
        }
        return new SigningSecret(stripped);
    }

    /** A new secret of 32 random bytes from {@code random}, base64url. */
    public static SigningSecret generate(Random random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        checkNotNull(random, "random").nextBytes(bytes);
        return new SigningSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The header value for {@code body}: {@code sha256=} and the HMAC-SHA256 in lower-case hex. */
    public String sign(byte[] body) {
        return SCHEME + Hashing.hmacSha256(value.getBytes(UTF_8)).hashBytes(checkNotNull(body, "body")).toString();
    }

    /** Whether {@code header} is this secret's signature of {@code body}, compared in constant time. */
    public boolean verifies(byte[] body, String header) {
        return header != null && SourceToken.constantTimeEquals(sign(body), header.strip().toLowerCase(Locale.ROOT));
    }

    /** Never the secret itself. */
    @Override
    public String toString() {
        return "SigningSecret[…]";
    }
}
