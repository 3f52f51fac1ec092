package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.servicedesk.out.ContactRepository;

/**
 * Contacts in a map of snapshots, with optimistic locking. Reads wait for a running
 * transaction of another thread, so they never see its uncommitted writes.
 */
public final class InMemoryContactRepository implements ContactRepository {
    private final InMemoryTransactions transactions;
    private final Map<ContactId, ContactSnapshot> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public InMemoryContactRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public ContactId nextId() {
        return new ContactId(new UUID(0xC0_47_AC_7L, ids.incrementAndGet()));
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id))).map(Contact::restore);
    }

    /** Every stored contact as it is stored now, by id: for invariant checks that compare whole stores. */
    public Map<ContactId, ContactSnapshot> snapshots() {
        return transactions.locked(() -> Map.copyOf(byId));
    }

    @Override
    public void save(Contact contact) {
        ContactSnapshot next = contact.snapshot();
        long expected = next.version() - contact.pendingEvents().size();
        transactions.locked(() -> {
            ContactSnapshot stored = byId.get(next.id());
            long actual = stored == null ? 0 : stored.version();
            if (actual != expected) {
                throw new VersionConflictException("contact", next.id().toString(), expected, actual);
            }
            byId.put(next.id(), next);
            transactions.onRollback(() -> {
                if (stored == null) {
                    byId.remove(next.id());
                } else {
                    byId.put(stored.id(), stored);
                }
            });
            return null;
        });
    }
}
