package org.itilhis.adapters.webhooks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.itilhis.core.notification.WebhookSecret;

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com/), for the sender and for
 * integrators who verify what they receive. The signed content is {@code
 * <webhook-id>.<webhook-timestamp>.<body>} (the timestamp in Unix seconds, the body exactly as
 * sent); the key is the secret's bytes after {@code whsec_}, base64-decoded; the signature is
 * {@code v1,} and the base64 of its HMAC-SHA256. The {@code webhook-signature} header carries
 * one signature per secret, separated by spaces (two while a rotated secret's grace lasts): a
 * delivery is genuine when any one of them verifies with the receiver's secret.
 *
 * <pre>{@code
 * WebhookSignature.verify(WebhookSecret.parse(System.getenv("ITIL_WEBHOOK_SECRET")),
 *         headers.get("webhook-id"), headers.get("webhook-timestamp"), headers.get("webhook-signature"),
 *         rawBody, Instant.now());   // throws InvalidWebhookSignatureException when not genuine
 * }</pre>
 */
public final class WebhookSignature {
    /** The header with the message's id, the same on every retry: the receiver's key to drop a duplicate. */
    public static final String ID_HEADER = "webhook-id";
    /** The header with the attempt's time in Unix seconds. */
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    /** The header with the space-separated {@code v1,<base64>} signatures. */
    public static final String SIGNATURE_HEADER = "webhook-signature";
    /** How far a timestamp may lie from the receiver's clock, either way, against replays. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String VERSION = "v1,";

    private WebhookSignature() {
    }

    /** {@code v1,<base64 of HMAC-SHA256(key, id.timestamp.body)>} with {@code secret}. */
    public static String sign(WebhookSecret secret, String id, long timestamp, byte[] body) {
        checkNotNull(secret, "secret");
        return VERSION + Base64.getEncoder().encodeToString(mac(secret.key(), id, Long.toString(timestamp), body));
    }

    /** The {@code webhook-signature} header: one signature per secret, the first first, separated by spaces. */
    public static String header(List<WebhookSecret> secrets, String id, long timestamp, byte[] body) {
        checkArgument(!secrets.isEmpty(), "no secret to sign with");
        List<String> signatures = new ArrayList<>();
        for (WebhookSecret secret : secrets) {
            signatures.add(sign(secret, id, timestamp, body));
        }
        return String.join(" ", signatures);
    }

    /**
     * Checks a delivery: its timestamp within {@link #TOLERANCE} of {@code now}, and one of the
     * header's {@code v1} signatures made with {@code secret} over exactly {@code body}
     * (compared in constant time).
     *
     * @throws InvalidWebhookSignatureException naming what does not hold
     */
    public static void verify(WebhookSecret secret, String id, String timestamp, String signatureHeader, byte[] body,
                              Instant now) {
        checkNotNull(secret, "secret");
        checkNotNull(body, "body");
        checkNotNull(now, "now");
        if (id == null || timestamp == null || signatureHeader == null) {
            throw new InvalidWebhookSignatureException("a webhook-id, webhook-timestamp or webhook-signature header"
                    + " is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException notSeconds) {
            throw new InvalidWebhookSignatureException("the timestamp " + timestamp + " is not in Unix seconds");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            throw new InvalidWebhookSignatureException("the timestamp " + timestamp + " is more than "
                    + TOLERANCE.toMinutes() + " minutes from now");
        }
        byte[] expected = mac(secret.key(), id, timestamp.strip(), body);
        for (String signature : signatureHeader.strip().split(" +")) {
            if (signature.startsWith(VERSION) && MessageDigest.isEqual(expected, decode(signature.substring(3)))) {
                return;
            }
        }
        throw new InvalidWebhookSignatureException("no v1 signature matches the body with this secret");
    }

    /** Whether {@link #verify} accepts the delivery. */
    public static boolean isGenuine(WebhookSecret secret, String id, String timestamp, String signatureHeader,
                                    byte[] body, Instant now) {
        try {
            verify(secret, id, timestamp, signatureHeader, body, now);
            return true;
        } catch (InvalidWebhookSignatureException refused) {
            return false;
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static byte[] mac(byte[] key, String id, String timestamp, byte[] body) {
        checkNotNull(id, "id");
        checkNotNull(body, "body");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException unavailable) {
            // every Java runtime has HmacSHA256 (it is a required algorithm of the platform)
            throw new IllegalStateException("HmacSHA256 is not available", unavailable);
        }
    }
}
