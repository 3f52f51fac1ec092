package org.itilhis.core.shared;

/**
 * Someone else changed the record since it was read: the write was refused and nothing
 * changed. The caller reloads and decides again. Codes are
 * {@code <kind>.version-conflict}, e.g. {@code ticket.version-conflict}.
 */
public final class VersionConflictException extends DomainException {
    private final long expected;
    private final long actual;

    /**
     * @param kind     {@code ticket} or {@code contact} (the prefix of the code)
     * @param record   how people name the record (a ticket number)
     * @param expected the version the writer read
     * @param actual   the version stored now
     */
    public VersionConflictException(String kind, String record, long expected, long actual) {
        super(kind + ".version-conflict", record, expected, actual);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
