package org.itilhis.ports.notification.in;

import org.itilhis.core.notification.Channel;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;

/** No robot of a group on a channel. */
public final class GroupRobotNotFoundException extends DomainException {
    public GroupRobotNotFoundException(GroupId group, Channel channel) {
        super("group-robot.not-found", group, channel);
    }
}
