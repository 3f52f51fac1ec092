package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One call of a monitoring source, as it arrived: the source named by the address, the bearer
 * token and the {@code X-Itilhis-Signature} header if any, and the raw body (the signature is
 * over the bytes as sent).
 */
public record AlertDelivery(String source, Optional<String> bearer, Optional<String> signature, byte[] body) {
    public AlertDelivery {
        checkNotNull(source, "source");
        checkNotNull(bearer, "bearer");
        checkNotNull(signature, "signature");
        checkNotNull(body, "body");
    }

    @Override
    public String toString() {
        return "AlertDelivery[" + source + ", " + body.length + " bytes]";
    }
}
