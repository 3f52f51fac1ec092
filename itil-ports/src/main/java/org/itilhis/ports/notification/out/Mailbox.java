package org.itilhis.ports.notification.out;

import java.util.List;

/**
 * The hospital's replies mailbox (the Reply-To of every notification e-mail): the mails not yet
 * processed, oldest first, and a way to mark one processed so that it is not read again. The IMAP
 * adapter ({@code adapters-mail}'s {@code ImapMailbox}) reads the unseen mails of a folder and
 * flags them seen (or moves them); another adapter may read a queue or a mail server's API.
 *
 * <p>Marking is not transactional with what the library did with the mail: a mail may be read
 * again after a crash, so the library keeps its own record of every Message-ID handled ({@link
 * MailReplyLog}) and never acts on one twice.
 *
 * @throws org.itilhis.ports.common.StorageException (from either method) when the mailbox cannot
 *         be reached: the timer tries again on its next run
 */
public interface Mailbox {
    /** At most {@code limit} mails not yet marked processed, oldest first. */
    List<InboundMail> unprocessed(int limit);

    /** Marks the mail {@code messageId} (as {@link InboundMail#messageId()} gave it) processed; nothing if unknown. */
    void markProcessed(String messageId);
}
