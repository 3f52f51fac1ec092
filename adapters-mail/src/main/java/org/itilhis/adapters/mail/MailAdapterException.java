package org.itilhis.adapters.mail;

import org.itilhis.ports.common.StorageException;

/**
 * The mail server refused or could not be reached: the relay retries the notification later
 * (SMTP), the timer reads the mailbox on its next run (IMAP). The message says which server and
 * what failed, never a password. A {@link StorageException}, as the mailbox port promises.
 */
public final class MailAdapterException extends StorageException {
    private static final long serialVersionUID = 1L;

    public MailAdapterException(String message, Throwable cause) {
        super(message, cause);
    }
}
