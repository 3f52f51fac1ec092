package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.notification.out.GroupRobotRepository;

/**
 * The groups' chat robots in {@code group_robot}: each whole as JSON (its webhook and secret as
 * given, since messages are sent and signed with them) under its group and channel.
 */
public final class JdbcGroupRobots implements GroupRobotRepository {
    private final KeyedRows<GroupRobot> rows;

    JdbcGroupRobots(JdbcStoreParts parts) {
        this.rows = new KeyedRows<>(parts, "group_robot", "group robot", GroupRobot.class, "group_id, channel");
    }

    @Override
    public List<GroupRobot> of(GroupId group) {
        return rows.list(Map.of("group_id", checkNotNull(group, "group").value()));
    }

    @Override
    public List<GroupRobot> all() {
        return rows.list(Map.of());
    }

    @Override
    public void save(GroupRobot robot) {
        checkNotNull(robot, "robot");
        rows.put(key(robot.group(), robot.channel()), Map.of(), robot);
    }

    @Override
    public void remove(GroupId group, Channel channel) {
        rows.remove(key(checkNotNull(group, "group"), checkNotNull(channel, "channel")));
    }

    private static Map<String, Object> key(GroupId group, Channel channel) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("group_id", group.value());
        key.put("channel", channel.name());
        return key;
    }
}
