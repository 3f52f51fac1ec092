package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.monitoring.SigningSecret;
import org.itilhis.core.monitoring.SourceToken;

/**
 * A source just registered or rotated, with its credentials: the only time the token and the
 * signing secret are shown (the adapter answers them with {@code Cache-Control: no-store}).
 */
public record IssuedCredentials(AlertSourceView source, SourceToken token, Optional<SigningSecret> signingSecret) {
    public IssuedCredentials {
        checkNotNull(source, "source");
        checkNotNull(token, "token");
        checkNotNull(signingSecret, "signingSecret");
    }

    /** Never the credentials. */
    @Override
    public String toString() {
        return "IssuedCredentials[" + source + "]";
    }
}
