package org.itilhis.ports.notification.in;

import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.shared.GroupId;

/** A group's robot as shown: its webhook's credential and its secret masked, never in clear. */
public record GroupRobotView(GroupId group, Channel channel, String webhook, Optional<String> secret,
                             Locale language) {
    public static GroupRobotView of(GroupRobot robot) {
        return new GroupRobotView(robot.group(), robot.channel(), robot.maskedWebhook(), robot.maskedSecret(),
                robot.language());
    }
}
