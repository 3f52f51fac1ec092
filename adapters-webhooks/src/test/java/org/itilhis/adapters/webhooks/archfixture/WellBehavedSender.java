package org.itilhis.adapters.webhooks.archfixture;

import java.net.http.HttpClient;
import javax.crypto.Mac;
import org.itilhis.core.notification.WebhookSecret;

/** Not a violation: the core's secret, the JDK's HTTP client and cryptography. */
public final class WellBehavedSender {
    public boolean ready(WebhookSecret secret) throws Exception {
        return HttpClient.newHttpClient() != null && Mac.getInstance("HmacSHA256") != null && secret != null;
    }
}
