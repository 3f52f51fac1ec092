package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/** The configuration and calendars in memory; every write rolls back with its transaction. */
public final class InMemorySlaConfigurationRepository implements SlaConfigurationRepository {
    private final InMemoryTransactions transactions;
    private final AtomicReference<SlaConfiguration> stored = new AtomicReference<>();
    private final Map<String, CalendarVersions> calendars = new ConcurrentHashMap<>();

    public InMemorySlaConfigurationRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<SlaConfiguration> configuration() {
        return Optional.ofNullable(stored.get());
    }

    @Override
    public void save(SlaConfiguration configuration) {
        checkNotNull(configuration, "configuration");
        transactions.locked(() -> {
            SlaConfiguration before = stored.get();
            long version = before == null ? 0 : before.version();
            if (version != configuration.version()) {
                throw new VersionConflictException("sla", "the SLA configuration", configuration.version(), version);
            }
            stored.set(configuration.atVersion(version + 1));
            transactions.onRollback(() -> stored.set(before));
            return null;
        });
    }

    @Override
    public ImmutableSortedSet<String> calendarNames() {
        return ImmutableSortedSet.copyOf(calendars.keySet());
    }

    @Override
    public Optional<CalendarVersions> calendar(String name) {
        return Optional.ofNullable(calendars.get(checkNotNull(name, "name")));
    }

    @Override
    public void addCalendarVersion(String name, Instant effectiveFrom, BusinessCalendar calendar) {
        checkNotNull(name, "name");
        checkNotNull(effectiveFrom, "effectiveFrom");
        checkNotNull(calendar, "calendar");
        transactions.locked(() -> {
            CalendarVersions before = calendars.get(name);
            calendars.put(name, before == null ? CalendarVersions.of(calendar)
                    : before.supersededFrom(effectiveFrom, calendar));
            transactions.onRollback(() -> {
                if (before == null) {
                    calendars.remove(name);
                } else {
                    calendars.put(name, before);
                }
            });
            return null;
        });
    }
}
