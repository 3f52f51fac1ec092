package org.itilhis.ports.common;

import java.util.function.Supplier;

/**
 * The transaction boundary: one command runs in one transaction. Everything {@code work}
 * writes is committed together, or nothing is when it throws.
 *
 * <p><b>Nesting.</b> A call made while the calling thread is already inside
 * {@code inTransaction} of the same {@code Transactions} joins that transaction: it begins
 * and commits nothing of its own and returns what its work returns. What the nested work
 * writes commits when the outermost work returns, and is undone when the outermost work
 * throws. Services rely on this to compose: {@code CmdbService.raiseAgainst} raises a ticket
 * and records its affected items in one transaction, and the REST adapter's idempotent
 * creation records its key in the transaction of the creation, rolling the creation back
 * when another request won the key.
 *
 * <p>There are no savepoints. An exception leaving nested work reaches the enclosing work
 * unchanged and undoes nothing by itself; if the enclosing work catches it and returns, the
 * transaction commits everything written in it, including what the nested work wrote before
 * it threw. Work that wants those writes undone lets the exception, or another, out of the
 * outermost work. Catching a refusal leaves the transaction usable, and an adapter
 * guarantees it: a domain exception of the work's own, or a store's refusal of a write such
 * as a {@link org.itilhis.core.shared.VersionConflictException} from a save, which stores
 * report without spoiling the transaction (a store that cannot always do so says where in its
 * javadoc). A {@link StorageException} is different: the database may have aborted the
 * transaction (PostgreSQL does after any failed statement, and its commit then silently
 * rolls back), so work never swallows one; it lets it out.
 */
public interface Transactions {
    /**
     * Runs {@code work} in a new transaction, or in the calling thread's transaction if it
     * is already inside one (see above), and returns its result. When {@code work} throws,
     * the very same exception is thrown on, after rolling back the transaction if this call
     * began it.
     *
     * @throws StorageException if the transaction cannot begin or commit
     */
    <T> T inTransaction(Supplier<T> work);
}
