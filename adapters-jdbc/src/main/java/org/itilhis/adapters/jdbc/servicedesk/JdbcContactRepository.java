package org.itilhis.adapters.jdbc.servicedesk;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.jdbi.v3.core.Handle;

/**
 * Contacts in the {@code contact} table, with the same optimistic locking as
 * {@link JdbcTicketRepository}: the snapshot as JSON, and the columns a desk would query by.
 */
public final class JdbcContactRepository implements ContactRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    public JdbcContactRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public ContactId nextId() {
        return new ContactId(UUID.randomUUID());
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding contact " + id, handle -> handle
                .createQuery("SELECT snapshot FROM contact WHERE id = :id")
                .bind("id", dialect.uuid(id.value()))
                .mapTo(String.class)
                .findOne()
                .map(json -> Contact.restore(codec.read(json, ContactSnapshot.class))));
    }

    @Override
    public void save(Contact contact) {
        ContactSnapshot next = contact.snapshot();
        long expected = next.version() - contact.pendingEvents().size();
        transactions.withHandle("saving contact " + next.id(), handle -> {
            boolean saved = expected == 0 ? insert(handle, next) : update(handle, next, expected);
            if (!saved) {
                long actual = handle.createQuery("SELECT version FROM contact WHERE id = :id")
                        .bind("id", dialect.uuid(next.id().value()))
                        .mapTo(Long.class)
                        .findOne()
                        .orElse(0L);
                throw new VersionConflictException("contact", next.id().toString(), expected, actual);
            }
            return null;
        });
    }

    private boolean insert(Handle handle, ContactSnapshot next) {
        String sql = dialect.insertSkippingDuplicates("INSERT INTO contact (id, status, channel, caller, department, "
                + "logged_by, received_at, version, snapshot) VALUES (:id, :status, :channel, :caller, :department, "
                + ":logged_by, :received_at, :version, " + dialect.json("snapshot") + ")");
        return dialect.inserted(() -> handle.createUpdate(sql)
                .bind("id", dialect.uuid(next.id().value()))
                .bind("status", next.outcome().status().name())
                .bind("channel", next.details().channel().name())
                .bind("caller", next.details().caller().value())
                .bind("department", next.details().department().value())
                .bind("logged_by", next.loggedBy().value())
                .bind("received_at", utc(next.details().receivedAt()))
                .bind("version", next.version())
                .bind("snapshot", codec.write(next))
                .execute());
    }

    private boolean update(Handle handle, ContactSnapshot next, long expected) {
        return handle.createUpdate("UPDATE contact SET status = :status, version = :version, snapshot = "
                        + dialect.json("snapshot") + " WHERE id = :id AND version = :expected")
                .bind("id", dialect.uuid(next.id().value()))
                .bind("status", next.outcome().status().name())
                .bind("version", next.version())
                .bind("snapshot", codec.write(next))
                .bind("expected", expected)
                .execute() > 0;
    }
}
