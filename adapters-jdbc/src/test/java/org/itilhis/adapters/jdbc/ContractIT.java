package org.itilhis.adapters.jdbc;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.out.AffectedCiLinks;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.itilhis.ports.servicedesk.out.TicketNumberSequence;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.itilhis.ports.servicelevel.out.EscalationLog;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.ports.servicelevel.out.SlaWatchList;
import org.junit.jupiter.api.BeforeEach;

/**
 * The factory methods the test kit's contracts ask for, answered with the JDBC adapters
 * of one isolated database, emptied before each test (the contracts expect empty storage).
 * A subclass names the database and implements the contracts it runs.
 */
abstract class ContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    /** For {@code TransactionsContract}: the JDBC transactions know whether the thread is in one. */
    public Optional<BooleanSupplier> activeOnThisThread() {
        return Optional.of(storage.transactions()::isActive);
    }

    public TicketRepository tickets() {
        return storage.tickets();
    }

    public ContactRepository contacts() {
        return storage.contacts();
    }

    public EventLog events() {
        return storage.events();
    }

    public TicketNumberSequence numbers() {
        return storage.numbers();
    }

    public IdempotencyStore idempotency() {
        return storage.idempotency();
    }

    public PersonalDataReads reads() {
        return storage.personalDataReads();
    }

    public SlaConfigurationRepository slaConfiguration() {
        return storage.slaConfiguration();
    }

    public SlaWatchList watches() {
        return storage.watches();
    }

    public SlaStandings standings() {
        return storage.standings();
    }

    public EscalationLog escalations() {
        return storage.escalations();
    }

    public ConfigurationItemRepository items() {
        return storage.configurationItems();
    }

    public AffectedCiLinks links() {
        return storage.affectedCiLinks();
    }
}
