package org.itilhis.testkit.contract;

/**
 * Thrown on purpose by a contract test inside a transaction, to see that the transaction
 * rolls back and hands the very same exception to its caller.
 */
public final class DeliberateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeliberateFailure(String message) {
        super(message);
    }
}
