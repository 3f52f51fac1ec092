package org.itilhis.ports.common;

/** The storage behind a port failed (connection lost, disk full); not a business refusal. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
