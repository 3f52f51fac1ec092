package org.itilhis.ports.notification.out;

import java.util.List;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.shared.GroupId;

/** The groups' chat robots, at most one per group and channel. */
public interface GroupRobotRepository {
    List<GroupRobot> of(GroupId group);

    List<GroupRobot> all();

    /** Adds or replaces the group's robot on its channel. */
    void save(GroupRobot robot);

    void remove(GroupId group, Channel channel);
}
