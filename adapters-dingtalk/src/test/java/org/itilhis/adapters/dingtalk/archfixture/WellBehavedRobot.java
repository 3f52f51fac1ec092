package org.itilhis.adapters.dingtalk.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.itilhis.core.notification.Channel;

/** Not a violation: JDK and core types in public, Jackson's behind them. */
public final class WellBehavedRobot {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Channel channel() {
        return Channel.DINGTALK;
    }

    public String payload(URI webhook) {
        return JSON.createObjectNode().put("webhook", webhook.toString()).toString();
    }
}
