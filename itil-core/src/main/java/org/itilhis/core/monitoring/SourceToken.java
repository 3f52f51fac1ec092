package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Charsets.UTF_8;

import com.google.common.hash.Hashing;
import java.util.Base64;
import java.util.Random;

/**
 * The bearer token a monitoring source presents ({@code Authorization: Bearer <token>}, what
 * Alertmanager's {@code http_config.authorization} and the Zabbix script send). The library
 * generates one (from the {@link java.security.SecureRandom} the ports hand it) when none is
 * given, shows it once, and keeps only its SHA-256 ({@link #hash()}): a stolen copy of the
 * database holds no usable token, and a presented token is compared by its hash in constant
 * time ({@link #matches}).
 */
public record SourceToken(String value) {
    /** The prefix of generated tokens, so that a leaked one is recognised in a scan. */
    public static final String PREFIX = "itk_";
    /** The fewest characters a given token holds. */
    public static final int MIN_LENGTH = 24;
    /** The most characters a given token holds. */
    public static final int MAX_LENGTH = 200;
    private static final int GENERATED_BYTES = 32;

    public SourceToken {
        checkNotNull(value, "value");
        checkArgument(value.length() >= MIN_LENGTH && value.length() <= MAX_LENGTH, "a token of %s characters",
                value.length());
        checkArgument(value.chars().allMatch(c -> c > 32 && c < 127), "a token is printable ASCII without blanks");
    }

    /**
     * The token given as text, stripped.
     *
     * @throws InvalidAlertSourceException if it is shorter than 24 or longer than 200 characters,
     *         or holds a blank or a character outside printable ASCII
     */
    public static SourceToken parse(String text) {
        String stripped = checkNotNull(text, "text").strip();
        if (stripped.length() < MIN_LENGTH || stripped.length() > MAX_LENGTH
                || !stripped.chars().allMatch(c -> c > 32 && c < 127)) {
            throw InvalidAlertSourceException.tokenMalformed(MIN_LENGTH, MAX_LENGTH);
        }
        return new SourceToken(stripped);
    }

    /** A new token of 32 random bytes from {@code random}, base64url after {@code itk_}. */
    public static SourceToken generate(Random random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        checkNotNull(random, "random").nextBytes(bytes);
        return new SourceToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** What the store keeps: the SHA-256 of the token, lower-case hex. */
    public String hash() {
        return hashOf(value);
    }

    /** The SHA-256, lower-case hex, of {@code presented}. */
    static String hashOf(String presented) {
        return Hashing.sha256().hashString(presented, UTF_8).toString();
    }

    /** Whether {@code presented} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String presented, String storedHash) {
        checkNotNull(storedHash, "storedHash");
        return presented != null && constantTimeEquals(hashOf(presented), storedHash);
    }

    /** Equal texts, compared in a time that does not depend on where they first differ. */
    static boolean constantTimeEquals(String a, String b) {
        byte[] x = a.getBytes(UTF_8);
        byte[] y = b.getBytes(UTF_8);
        int difference = x.length ^ y.length;
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            difference |= x[i] ^ y[i];
        }
        return difference == 0;
    }

    /** Never the token itself. */
    @Override
    public String toString() {
        return "SourceToken[…]";
    }
}
