package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Base64;
import java.util.Random;

/**
 * A webhook subscription's signing secret in the Standard Webhooks form: {@code whsec_} followed
 * by the base64 of 24 to 64 random bytes, the HMAC-SHA256 key. The library generates one (from
 * the {@link java.security.SecureRandom} the ports hand it) when the subscriber gives none. It is
 * shown once, when a subscription is made or its secret rotated, and never appears in an event,
 * a view or {@link #toString()}.
 */
public record WebhookSecret(String value) {
    /** The prefix of every secret. */
    public static final String PREFIX = "whsec_";
    /** The fewest random bytes a secret holds. */
    public static final int MIN_BYTES = 24;
    /** The most random bytes a secret holds. */
    public static final int MAX_BYTES = 64;
    /** How many bytes the library generates. */
    public static final int GENERATED_BYTES = 32;

    public WebhookSecret {
        checkNotNull(value, "value");
        checkArgument(value.startsWith(PREFIX), "a webhook secret starts with %s", PREFIX);
        int length = decode(value.substring(PREFIX.length())).length;
        checkArgument(length >= MIN_BYTES && length <= MAX_BYTES, "a webhook secret holds %s bytes", length);
    }

    /**
     * The secret given as text: {@code whsec_} and base64 (the prefix may be left off).
     *
     * @throws InvalidWebhookException if it is not base64, or holds fewer than 24 or more than 64 bytes
     */
    public static WebhookSecret parse(String text) {
        checkNotNull(text, "text");
        String stripped = text.strip();
        String encoded = stripped.startsWith(PREFIX) ? stripped.substring(PREFIX.length()) : stripped;
        byte[] key;
        try {
            key = decode(encoded);
        } catch (IllegalArgumentException notBase64) {
            throw InvalidWebhookException.secretMalformed();
        }
        if (encoded.isEmpty()) {
            throw InvalidWebhookException.secretMalformed();
        }
        if (key.length < MIN_BYTES) {
            throw InvalidWebhookException.secretTooShort(key.length);
        }
        if (key.length > MAX_BYTES) {
            throw InvalidWebhookException.secretTooLong(key.length);
        }
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** A new secret of {@value #GENERATED_BYTES} bytes from {@code random} (a {@code SecureRandom}). */
    public static WebhookSecret generate(Random random) {
        byte[] key = new byte[GENERATED_BYTES];
        checkNotNull(random, "random").nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC-SHA256 key: the bytes after {@code whsec_}, base64-decoded. */
    public byte[] key() {
        return decode(value.substring(PREFIX.length()));
    }

    /** Never the secret itself. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }

    private static byte[] decode(String encoded) {
        return Base64.getDecoder().decode(encoded);
    }
}
