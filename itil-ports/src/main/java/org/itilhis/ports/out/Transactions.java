package org.itilhis.ports.out;

import java.util.function.Supplier;

/**
 * The transaction boundary: one command runs in one transaction. Everything {@code work}
 * writes is committed together, or nothing is when it throws.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
