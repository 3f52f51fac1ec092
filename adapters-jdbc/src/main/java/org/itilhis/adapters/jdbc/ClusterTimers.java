package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recurring timers that run on one application node at a time, however many nodes share
 * the database: the SLA monitor ({@code ServiceLevels.monitor()::run}), the closure of
 * resolved tickets after their quiet period, and the like. Built on db-scheduler, whose
 * {@code scheduled_tasks} table (migration V5) holds one row per timer: a node runs a timer
 * only after it has picked the row with an optimistic update, and the next run is due
 * {@code interval} after the previous one ended, on whichever node picks it first.
 *
 * <p>Exactly-once effects still come from the work itself (the escalation log's unique key,
 * for the monitor): a node that dies while running a timer has its run revived on another
 * node once its heartbeats are missed, so a run may be repeated.
 *
 * <pre>{@code
 * ClusterTimers timers = ClusterTimers.start(dataSource, "node-a", Duration.ofSeconds(5), List.of(
 *         new ClusterTimers.Timer("sla-monitor", Duration.ofSeconds(30), () -> levels.monitor().run()),
 *         new ClusterTimers.Timer("quiet-period-closure", Duration.ofMinutes(5),
 *                 () -> desk.quietPeriodClosure().closeDueTickets())));
 * ...
 * timers.close(); // waits for running timers to finish
 * }</pre>
 *
 * <p>A failing run is logged and the timer stays scheduled. The schema must have been
 * migrated ({@link JdbcServiceDeskStorage#create} does it) before the timers start.
 */
public final class ClusterTimers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterTimers.class);
    /** How long {@link #close()} waits for running timers. */
    static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(30);
    /** db-scheduler's column for the node name is 50 characters wide on MariaDB. */
    static final int MAX_NODE_LENGTH = 50;

    private final Scheduler scheduler;

    private ClusterTimers(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * A timer: {@code work} runs every {@code interval} (between the end of one run and the
     * start of the next) on one node of the cluster.
     *
     * @param name unique among the timers, at most 100 characters; stored, so keep it stable
     */
    public record Timer(String name, Duration interval, Runnable work) {
        public Timer {
            checkNotNull(name, "name");
            checkArgument(!name.isBlank() && name.length() <= 100, "timer name '%s' is blank or too long", name);
            checkNotNull(interval, "interval");
            checkArgument(!interval.isNegative() && !interval.isZero(), "interval %s of timer %s is not positive",
                    interval, name);
            checkNotNull(work, "work");
        }
    }

    /**
     * Starts the timers of this node. Each node looks for due timers every
     * {@code pollingInterval} and beats its heart every ten of those (at least every second),
     * so a node that died is taken over after six missed beats.
     *
     * @param node the name of this node, unique in the cluster, at most {@value #MAX_NODE_LENGTH} characters
     */
    public static ClusterTimers start(DataSource dataSource, String node, Duration pollingInterval,
                                      List<Timer> timers) {
        checkNotNull(dataSource, "dataSource");
        checkNotNull(node, "node");
        checkArgument(!node.isBlank() && node.length() <= MAX_NODE_LENGTH, "node name '%s' is blank or longer than %s",
                node, MAX_NODE_LENGTH);
        checkNotNull(pollingInterval, "pollingInterval");
        checkArgument(!pollingInterval.isNegative() && !pollingInterval.isZero(), "polling interval %s is not positive",
                pollingInterval);
        checkArgument(!timers.isEmpty(), "no timer to run");
        List<RecurringTask<Void>> tasks = tasks(timers);
        Duration heartbeat = pollingInterval.multipliedBy(10).compareTo(Duration.ofSeconds(1)) < 0
                ? Duration.ofSeconds(1) : pollingInterval.multipliedBy(10);
        Scheduler scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(node))
                .threads(tasks.size())
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeat)
                .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
                .build();
        scheduler.start();
        LOG.info("node {} runs timers {} (polling every {})", node, tasks.stream().map(RecurringTask::getName).toList(),
                pollingInterval);
        return new ClusterTimers(scheduler);
    }

    private static List<RecurringTask<Void>> tasks(List<Timer> timers) {
        Set<String> names = new HashSet<>();
        ImmutableList.Builder<RecurringTask<Void>> tasks = ImmutableList.builder();
        for (Timer timer : timers) {
            checkArgument(names.add(timer.name()), "two timers are named %s", timer.name());
            tasks.add(Tasks.recurring(timer.name(), FixedDelay.of(timer.interval()))
                    .execute((instance, context) -> runLoggingFailures(timer)));
        }
        return tasks.build();
    }

    private static void runLoggingFailures(Timer timer) {
        try {
            timer.work().run();
        } catch (RuntimeException failure) {
            LOG.warn("timer {} failed; it runs again in {}", timer.name(), timer.interval(), failure);
        }
    }

    /** Stops looking for due timers and waits (up to 30 s) for the running ones to finish. */
    @Override
    public void close() {
        scheduler.stop();
    }
}
