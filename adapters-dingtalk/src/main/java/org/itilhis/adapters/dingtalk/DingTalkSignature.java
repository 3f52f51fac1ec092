package org.itilhis.adapters.dingtalk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's 加签 (signed URL) for a custom group robot: the string {@code timestamp + "\n" +
 * secret} is signed with HmacSHA256 under the secret ({@code SEC...}, from the robot's security
 * settings), Base64-encoded, and sent URL-encoded with the timestamp (milliseconds since the
 * epoch) as the query parameters {@code timestamp} and {@code sign}. DingTalk refuses a
 * timestamp more than an hour from its own clock, and a wrong signature, with errcode 310000.
 */
public final class DingTalkSignature {
    private static final String ALGORITHM = "HmacSHA256";

    private DingTalkSignature() {
    }

    /** The Base64 signature of {@code timestampMillis} under {@code secret}, before URL encoding. */
    public static String sign(String secret, long timestampMillis) {
        checkNotNull(secret, "secret");
        checkArgument(!secret.isBlank(), "the DingTalk robot's secret is blank");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] signature = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, missing);
        }
    }

    /** {@code webhook} with {@code timestamp} and the URL-encoded {@code sign} appended to its query. */
    public static URI signedUrl(URI webhook, String secret, long timestampMillis) {
        checkNotNull(webhook, "webhook");
        String sign = URLEncoder.encode(sign(secret, timestampMillis), StandardCharsets.UTF_8);
        String separator = webhook.getRawQuery() == null ? "?" : "&";
        String withoutFragment = webhook.getRawFragment() == null
                ? webhook.toString()
                : webhook.toString().substring(0, webhook.toString().indexOf('#'));
        return URI.create(withoutFragment + separator + "timestamp=" + timestampMillis + "&sign=" + sign);
    }
}
