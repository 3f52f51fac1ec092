package org.itilhis.adapters.jdbc.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workload.OperationsWork;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.core.workload.WorkedInterval;
import org.itilhis.ports.reporting.out.DailyFact;
import org.itilhis.ports.reporting.out.FactBatch;
import org.itilhis.ports.reporting.out.FactFilter;
import org.itilhis.ports.reporting.out.FactSlice;
import org.itilhis.ports.reporting.out.FactSum;
import org.itilhis.ports.reporting.out.IntervalFact;
import org.itilhis.ports.reporting.out.WorkTrack;
import org.itilhis.ports.reporting.out.WorkloadFacts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The workload facts in the tables of migrations V25 and V32 (the operations records' counters). {@link #apply} first moves the single
 * {@code workload_position} row with {@code UPDATE ... WHERE log_position = <from>}: the row lock
 * makes a concurrent writer wait, and then find the position moved and give up, so the counter
 * updates (an UPDATE adding to the slice's row, or an INSERT when it has none) never race.
 * {@link #sums} is one {@code SUM ... GROUP BY} over the period's rows (the primary key leads
 * with the day; the engineer and group indexes serve the narrower scopes).
 */
public final class JdbcWorkloadFacts implements WorkloadFacts {
    /** The counter columns, in {@link WorkCounts}' order, then its operations work's (V32). */
    static final List<String> COUNTERS = List.of("accepted", "resolved", "escalated", "reassigned_away",
            "contacts_logged", "solved_first_contact", "minutes_worked", "work_log_entries", "reopened", "ping_pong",
            "sla_met", "sla_breached", "ratings", "rating_points", "rounds_recorded", "rounds_late", "rounds_missed",
            "repairs_opened", "repairs_closed", "backup_runs_recorded", "restore_tests", "stock_issues");
    private static final int TICKET_COUNTERS = 14;
    private static final String SLICE_WHERE = "work_day = :day AND engineer = :engineer AND group_id = :group_id "
            + "AND engineer_department = :engineer_department AND caller_department = :caller_department";
    private static final String ADD = "UPDATE workload_fact SET "
            + COUNTERS.stream().map(c -> c + " = " + c + " + :" + c).collect(Collectors.joining(", "))
            + " WHERE " + SLICE_WHERE;
    private static final String INSERT = "INSERT INTO workload_fact (work_day, engineer, group_id, engineer_department, "
            + "caller_department, month_start, " + String.join(", ", COUNTERS) + ") VALUES (:day, :engineer, "
            + ":group_id, :engineer_department, :caller_department, :month_start, "
            + COUNTERS.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
    private static final String SUMS = COUNTERS.stream().map(c -> "SUM(" + c + ") AS " + c)
            .collect(Collectors.joining(", "));

    private final JdbcTransactions transactions;
    private final boolean groupingSets;

    /**
     * The facts in the database of {@code dialect}: on PostgreSQL {@link #sumsByEveryDimension}
     * sums every dimension in one pass (GROUPING SETS); on MariaDB and H2, which have none, in
     * one query per dimension.
     */
    public JdbcWorkloadFacts(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.groupingSets = checkNotNull(dialect, "dialect") == Dialect.POSTGRESQL;
    }

    @Override
    public long position() {
        return transactions.withHandle("reading the workload position", handle -> handle
                .createQuery("SELECT log_position FROM workload_position WHERE id = 1").mapTo(Long.class).one());
    }

    @Override
    public void apply(FactBatch batch) {
        checkNotNull(batch, "batch");
        transactions.withHandle("applying workload events up to " + batch.to(), handle -> {
            int moved = handle.createUpdate("UPDATE workload_position SET log_position = :to WHERE id = 1 AND log_position = :from")
                    .bind("to", batch.to()).bind("from", batch.from()).execute();
            if (moved != 1) {
                long stored = handle.createQuery("SELECT log_position FROM workload_position WHERE id = 1")
                        .mapTo(Long.class).one();
                throw new PositionMovedException(batch.from(), stored);
            }
            addFacts(handle, batch.facts());
            insertIntervals(handle, batch.intervals());
            putTracks(handle, batch.tracks());
            return null;
        });
    }

    /**
     * Adds to the slices that have a row and inserts the others; which have one is read first
     * (batch update counts are not reliable on every driver). No other writer can add a slice
     * meanwhile: it waits on the position row.
     */
    private static void addFacts(Handle handle, List<DailyFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        Set<FactSlice> existing = new HashSet<>(handle.createQuery("SELECT work_day, engineer, group_id, "
                        + "engineer_department, caller_department FROM workload_fact WHERE work_day IN (<days>) "
                        + "AND engineer IN (<engineers>)")
                .bindList("days", facts.stream().map(f -> f.slice().day()).distinct().toList())
                .bindList("engineers", facts.stream().map(f -> f.slice().engineer().value()).distinct().toList())
                .map((row, ctx) -> slice(row))
                .list());
        PreparedBatch updates = handle.prepareBatch(ADD);
        PreparedBatch inserts = handle.prepareBatch(INSERT);
        for (DailyFact fact : facts) {
            if (existing.contains(fact.slice())) {
                bindFact(updates, fact).add();
            } else {
                bindFact(inserts, fact).bind("month_start", fact.slice().day().withDayOfMonth(1)).add();
            }
        }
        if (updates.size() > 0) {
            updates.execute();
        }
        if (inserts.size() > 0) {
            inserts.execute();
        }
    }

    private static FactSlice slice(ResultSet row) throws SQLException {
        return new FactSlice(row.getObject("work_day", LocalDate.class), StaffId.of(row.getString("engineer")),
                row.getString("group_id"), row.getString("engineer_department"), row.getString("caller_department"));
    }

    private static PreparedBatch bindFact(PreparedBatch statement, DailyFact fact) {
        bindSlice(statement, fact.slice());
        long[] values = values(fact.counts());
        for (int i = 0; i < COUNTERS.size(); i++) {
            statement.bind(COUNTERS.get(i), values[i]);
        }
        return statement;
    }

    private static void bindSlice(PreparedBatch statement, FactSlice slice) {
        statement.bind("day", slice.day())
                .bind("engineer", slice.engineer().value())
                .bind("group_id", slice.group())
                .bind("engineer_department", slice.engineerDepartment())
                .bind("caller_department", slice.callerDepartment());
    }

    private static void insertIntervals(Handle handle, List<IntervalFact> intervals) {
        if (intervals.isEmpty()) {
            return;
        }
        PreparedBatch inserts = handle.prepareBatch("INSERT INTO workload_interval (log_position, work_day, engineer, group_id, "
                + "engineer_department, caller_department, start_at, end_at) VALUES (:log_position, :day, :engineer, "
                + ":group_id, :engineer_department, :caller_department, :start_at, :end_at)");
        for (IntervalFact interval : intervals) {
            bindSlice(inserts, interval.slice());
            inserts.bind("log_position", interval.position())
                    .bind("start_at", SqlValues.utc(interval.interval().start()))
                    .bind("end_at", SqlValues.utc(interval.interval().end()))
                    .add();
        }
        inserts.execute();
    }

    private static void putTracks(Handle handle, List<WorkTrack> tracks) {
        if (tracks.isEmpty()) {
            return;
        }
        handle.createUpdate("DELETE FROM workload_track WHERE aggregate_id IN (<ids>)")
                .bindList("ids", tracks.stream().map(WorkTrack::aggregateId).toList())
                .execute();
        PreparedBatch inserts = handle.prepareBatch("INSERT INTO workload_track (aggregate_id, group_id, "
                + "caller_department, group_moves, breached, resolver, resolver_group, resolver_department) VALUES "
                + "(:aggregate_id, :group_id, :caller_department, :group_moves, :breached, :resolver, "
                + ":resolver_group, :resolver_department)");
        for (WorkTrack t : tracks) {
            inserts.bind("aggregate_id", t.aggregateId())
                    .bind("group_id", t.group())
                    .bind("caller_department", t.callerDepartment())
                    .bind("group_moves", t.groupMoves())
                    .bind("breached", t.breached())
                    .bind("resolver", t.resolver().map(r -> r.engineer().value()).orElse(null))
                    .bind("resolver_group", t.resolver().map(WorkTrack.Resolver::group).orElse(null))
                    .bind("resolver_department", t.resolver().map(WorkTrack.Resolver::department).orElse(null))
                    .add();
        }
        inserts.execute();
    }

    @Override
    public Map<String, WorkTrack> tracks(Collection<String> aggregateIds) {
        Map<String, WorkTrack> found = new LinkedHashMap<>();
        if (aggregateIds.isEmpty()) {
            return found;
        }
        transactions.withHandle("reading workload tracks", handle -> handle
                .createQuery("SELECT * FROM workload_track WHERE aggregate_id IN (<ids>)")
                .bindList("ids", List.copyOf(aggregateIds))
                .map((row, ctx) -> track(row))
                .list()).forEach(t -> found.put(t.aggregateId(), t));
        return found;
    }

    private static WorkTrack track(ResultSet row) throws SQLException {
        String resolver = row.getString("resolver");
        Optional<WorkTrack.Resolver> resolvedBy = resolver == null ? Optional.empty()
                : Optional.of(new WorkTrack.Resolver(StaffId.of(resolver), row.getString("resolver_group"),
                        row.getString("resolver_department")));
        return new WorkTrack(row.getString("aggregate_id"), row.getString("group_id"),
                row.getString("caller_department"), row.getInt("group_moves"), row.getBoolean("breached"), resolvedBy);
    }

    @Override
    public List<FactSum> sums(FactFilter filter, Dimension by) {
        if (filter.groups().map(Collection::isEmpty).orElse(false)) {
            return List.of();
        }
        String key = switch (by) {
            case ENGINEER -> "engineer";
            case GROUP -> "group_id";
            case ENGINEER_DEPARTMENT -> "engineer_department";
            case CALLER_DEPARTMENT -> "caller_department";
            case MONTH -> "month_start";
        };
        String sql = "SELECT " + key + " AS sum_key, " + SUMS + " FROM workload_fact WHERE " + where(filter)
                + " GROUP BY " + key + " ORDER BY " + key;
        return transactions.withHandle("summing workload facts by " + by, handle -> bind(handle.createQuery(sql), filter)
                .map((row, ctx) -> new FactSum(by == Dimension.MONTH
                        ? row.getObject("sum_key", LocalDate.class).toString() : row.getString("sum_key"), counts(row)))
                .list());
    }

    /**
     * One query on PostgreSQL: {@code GROUP BY GROUPING SETS} of the five keys, so a
     * month of a whole hospital is read once, not five times (a fifth of the time of the sums on
     * PostgreSQL over the 100,000 fact rows of a month of 1,000,000 tickets a year). A row's set
     * is the one key that is not null; {@code GROUPING} is not needed, as no key is ever null.
     */
    @Override
    public Map<Dimension, List<FactSum>> sumsByEveryDimension(FactFilter filter) {
        if (!groupingSets) {
            return WorkloadFacts.super.sumsByEveryDimension(filter);
        }
        Map<Dimension, List<FactSum>> sums = new EnumMap<>(Dimension.class);
        for (Dimension by : Dimension.values()) {
            sums.put(by, new ArrayList<>());
        }
        if (filter.groups().map(Collection::isEmpty).orElse(false)) {
            return sums;
        }
        String sql = "SELECT engineer, group_id, engineer_department, caller_department, month_start, " + SUMS
                + " FROM workload_fact WHERE " + where(filter) + " GROUP BY GROUPING SETS ((engineer), (group_id), "
                + "(engineer_department), (caller_department), (month_start))";
        transactions.withHandle("summing workload facts by every dimension", handle -> {
            bind(handle.createQuery(sql), filter).map((row, ctx) -> {
                WorkCounts counts = counts(row);
                if (row.getString("engineer") != null) {
                    sums.get(Dimension.ENGINEER).add(new FactSum(row.getString("engineer"), counts));
                } else if (row.getString("group_id") != null) {
                    sums.get(Dimension.GROUP).add(new FactSum(row.getString("group_id"), counts));
                } else if (row.getString("engineer_department") != null) {
                    sums.get(Dimension.ENGINEER_DEPARTMENT).add(new FactSum(row.getString("engineer_department"), counts));
                } else if (row.getString("caller_department") != null) {
                    sums.get(Dimension.CALLER_DEPARTMENT).add(new FactSum(row.getString("caller_department"), counts));
                } else {
                    sums.get(Dimension.MONTH).add(new FactSum(row.getObject("month_start", LocalDate.class).toString(),
                            counts));
                }
                return null;
            }).list();
            return null;
        });
        // in key order, as sums answers: the keys are compared as the binary collation orders them
        sums.values().forEach(list -> list.sort(Comparator.comparing(FactSum::key)));
        return sums;
    }

    @Override
    public void forEachInterval(FactFilter filter, Consumer<IntervalFact> sink) {
        if (filter.groups().map(Collection::isEmpty).orElse(false)) {
            return;
        }
        String sql = "SELECT * FROM workload_interval WHERE " + where(filter) + " ORDER BY engineer, start_at, log_position";
        transactions.withHandle("reading worked intervals", handle -> {
            try (var rows = bind(handle.createQuery(sql), filter).setFetchSize(1_000)
                    .map((row, ctx) -> interval(row)).stream()) {
                rows.forEach(sink);
            }
            return null;
        });
    }

    private static IntervalFact interval(ResultSet row) throws SQLException {
        return new IntervalFact(row.getLong("log_position"), slice(row),
                new WorkedInterval(SqlValues.utc(row, "start_at"), SqlValues.utc(row, "end_at")));
    }

    @Override
    public void clear() {
        transactions.withHandle("clearing the workload facts", handle -> {
            handle.createUpdate("UPDATE workload_position SET log_position = 0 WHERE id = 1").execute();
            handle.createUpdate("DELETE FROM workload_fact").execute();
            handle.createUpdate("DELETE FROM workload_interval").execute();
            handle.createUpdate("DELETE FROM workload_track").execute();
            return null;
        });
    }

    private static String where(FactFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("work_day >= :from", "work_day < :to"));
        filter.engineer().ifPresent(e -> conditions.add("engineer = :engineer"));
        filter.groups().ifPresent(g -> conditions.add("group_id IN (<groups>)"));
        return String.join(" AND ", conditions);
    }

    private static Query bind(Query query, FactFilter filter) {
        query.bind("from", filter.from()).bind("to", filter.to());
        filter.engineer().ifPresent(e -> query.bind("engineer", e.value()));
        filter.groups().ifPresent(g -> query.bindList("groups", List.copyOf(g)));
        return query;
    }

    private static WorkCounts counts(ResultSet row) throws SQLException {
        long[] v = new long[COUNTERS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row.getLong(COUNTERS.get(i));
        }
        return new WorkCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                OperationsWork.of(Arrays.copyOfRange(v, TICKET_COUNTERS, v.length)));
    }

    private static long[] values(WorkCounts c) {
        long[] tickets = {c.accepted(), c.resolved(), c.escalated(), c.reassignedAway(), c.contactsLogged(),
            c.solvedAtFirstContact(), c.minutesWorked(), c.workLogEntries(), c.reopened(), c.pingPong(), c.slaMet(),
            c.slaBreached(), c.ratings(), c.ratingPoints()};
        long[] operations = c.operations().values();
        long[] all = Arrays.copyOf(tickets, tickets.length + operations.length);
        System.arraycopy(operations, 0, all, tickets.length, operations.length);
        return all;
    }
}
