package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.GroupRobot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.notification.out.GroupRobotRepository;

/** The groups' chat robots in memory, one per group and channel, writes undone with their transaction. */
public final class InMemoryGroupRobots implements GroupRobotRepository {
    private static final Comparator<GroupRobot> ORDER =
            Comparator.comparing((GroupRobot r) -> r.group().value()).thenComparing(GroupRobot::channel);

    private final InMemoryTransactions transactions;
    private final Map<Key, GroupRobot> robots = new ConcurrentHashMap<>();

    public InMemoryGroupRobots(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public List<GroupRobot> of(GroupId group) {
        checkNotNull(group, "group");
        return robots.values().stream().filter(r -> r.group().equals(group)).sorted(ORDER).toList();
    }

    @Override
    public List<GroupRobot> all() {
        return robots.values().stream().sorted(ORDER).toList();
    }

    @Override
    public void save(GroupRobot robot) {
        checkNotNull(robot, "robot");
        Key key = new Key(robot.group(), robot.channel());
        transactions.locked(() -> {
            GroupRobot before = robots.put(key, robot);
            transactions.onRollback(() -> restore(key, before));
            return null;
        });
    }

    @Override
    public void remove(GroupId group, Channel channel) {
        Key key = new Key(checkNotNull(group, "group"), checkNotNull(channel, "channel"));
        transactions.locked(() -> {
            GroupRobot before = robots.remove(key);
            transactions.onRollback(() -> restore(key, before));
            return null;
        });
    }

    private void restore(Key key, GroupRobot before) {
        if (before == null) {
            robots.remove(key);
        } else {
            robots.put(key, before);
        }
    }

    private record Key(GroupId group, Channel channel) {
    }
}
