package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;

/**
 * An assignment group's chat robot: the WeCom or DingTalk group robot's webhook address, the
 * DingTalk robot's signing secret when it has one, and the language its messages are written in.
 */
public record GroupRobot(GroupId group, Channel channel, URI webhook, Optional<String> secret, Locale language) {
    public GroupRobot {
        checkNotNull(group, "group");
        checkNotNull(channel, "channel");
        checkArgument(!channel.isPersonal(), "%s is not a group chat's channel", channel);
        checkNotNull(webhook, "webhook");
        checkNotNull(secret, "secret");
        checkNotNull(language, "language");
    }
}
