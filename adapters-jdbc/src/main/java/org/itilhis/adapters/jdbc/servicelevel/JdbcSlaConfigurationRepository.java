package org.itilhis.adapters.jdbc.servicelevel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.ImmutableSortedSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The SLA configuration as one JSON document ({@link ConfigurationDocument}) in the single
 * row of {@code sla_configuration}, saved with an optimistic version check in the {@code UPDATE}
 * (a first save inserts the row; of two concurrent first saves one conflicts); and the
 * business calendars as rows of {@code sla_calendar}, one per version, only ever inserted.
 * Effective instants are kept to the microsecond (truncated before they are compared).
 */
public final class JdbcSlaConfigurationRepository implements SlaConfigurationRepository {
    /** The longest calendar name stored. */
    public static final int MAX_NAME_LENGTH = 100;
    private static final String KIND = "sla";
    private static final String RECORD = "the SLA configuration";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    public JdbcSlaConfigurationRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public Optional<SlaConfiguration> configuration() {
        return transactions.withHandle("reading the SLA configuration", handle -> handle
                .createQuery("SELECT version, document FROM sla_configuration WHERE id = 1")
                .map((row, context) -> codec.read(row.getString("document"), ConfigurationDocument.class)
                        .toConfiguration(row.getLong("version")))
                .findOne());
    }

    @Override
    public void save(SlaConfiguration configuration) {
        checkNotNull(configuration, "configuration");
        long expected = configuration.version();
        String document = codec.write(ConfigurationDocument.of(configuration));
        boolean saved = transactions.withHandle("saving the SLA configuration", handle -> expected == 0
                ? dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                        "INSERT INTO sla_configuration (id, version, document) VALUES (1, 1, "
                                + dialect.json("document") + ")"))
                        .bind("document", document).execute())
                : handle.createUpdate("UPDATE sla_configuration SET version = :next, document = "
                                + dialect.json("document") + " WHERE id = 1 AND version = :expected")
                        .bind("next", expected + 1)
                        .bind("expected", expected)
                        .bind("document", document)
                        .execute() == 1);
        if (!saved) {
            throw new VersionConflictException(KIND, RECORD, expected,
                    configuration().map(SlaConfiguration::version).orElse(0L));
        }
    }

    @Override
    public ImmutableSortedSet<String> calendarNames() {
        return transactions.withHandle("listing the calendars", handle -> ImmutableSortedSet.copyOf(handle
                .createQuery("SELECT DISTINCT name FROM sla_calendar")
                .mapTo(String.class)
                .list()));
    }

    @Override
    public Optional<CalendarVersions> calendar(String name) {
        checkNotNull(name, "name");
        List<StoredVersion> stored = transactions.withHandle("reading calendar " + name, handle -> handle
                .createQuery("SELECT version_no, effective_from, definition FROM sla_calendar WHERE name = :name "
                        + "ORDER BY version_no")
                .bind("name", name)
                .map((row, context) -> new StoredVersion(row.getInt("version_no"),
                        instant(row.getObject("effective_from", LocalDateTime.class)),
                        codec.read(row.getString("definition"), CalendarDefinition.class)))
                .list());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        CalendarVersions versions = CalendarVersions.of(stored.get(0).definition().toCalendar());
        for (StoredVersion later : stored.subList(1, stored.size())) {
            versions = versions.supersededFrom(later.effectiveFrom(), later.definition().toCalendar());
        }
        return Optional.of(versions);
    }

    /** @throws IllegalArgumentException also if {@code name} is longer than {@value #MAX_NAME_LENGTH} characters */
    @Override
    public void addCalendarVersion(String name, Instant effectiveFrom, BusinessCalendar calendar) {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank() && name.length() <= MAX_NAME_LENGTH, "calendar name '%s' is blank or longer "
                + "than %s characters", name, MAX_NAME_LENGTH);
        checkNotNull(effectiveFrom, "effectiveFrom");
        checkNotNull(calendar, "calendar");
        Instant from = effectiveFrom.truncatedTo(ChronoUnit.MICROS);
        String definition = codec.write(CalendarDefinition.of(calendar));
        transactions.withHandle("adding a version of calendar " + name, handle -> {
            Optional<StoredVersion> latest = latest(handle, name);
            latest.ifPresent(version -> checkArgument(from.isAfter(version.effectiveFrom()),
                    "version effective from %s is not after the latest version of calendar %s, effective from %s",
                    from, name, version.effectiveFrom()));
            Update insert = handle.createUpdate("INSERT INTO sla_calendar (name, version_no, effective_from, "
                            + "definition) VALUES (:name, :version_no, :effective_from, " + dialect.json("definition") + ")")
                    .bind("name", name)
                    .bind("version_no", latest.map(version -> version.number() + 1).orElse(1))
                    .bind("definition", definition);
            return (latest.isPresent() ? insert.bind("effective_from", utc(from))
                    : insert.bindNull("effective_from", Types.TIMESTAMP)).execute();
        });
    }

    private static Optional<StoredVersion> latest(Handle handle, String name) {
        return handle.createQuery("SELECT version_no, effective_from FROM sla_calendar WHERE name = :name "
                        + "ORDER BY version_no DESC LIMIT 1")
                .bind("name", name)
                .map((row, context) -> new StoredVersion(row.getInt("version_no"),
                        instant(row.getObject("effective_from", LocalDateTime.class)), null))
                .findOne();
    }

    /** The stored UTC timestamp as an instant; the first version's NULL is the beginning of time. */
    private static Instant instant(LocalDateTime utc) {
        return utc == null ? Instant.MIN : utc.toInstant(ZoneOffset.UTC);
    }

    /** A row of {@code sla_calendar}; the definition is absent when not read. */
    private record StoredVersion(int number, Instant effectiveFrom, CalendarDefinition definition) {
    }
}
