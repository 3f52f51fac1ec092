/**
 * E-mail on Jakarta Mail (Eclipse Angus): {@link org.itilhis.adapters.mail.SmtpMessageChannel}
 * sends the rendered notifications of {@link org.itilhis.core.notification.Channel#EMAIL} over
 * SMTP, threaded so that replies find their ticket and marked so that robots do not answer them;
 * {@link org.itilhis.adapters.mail.ImapMailbox} reads the replies mailbox over IMAP for {@code
 * EmailReplies}. Both are configured with records of plain settings; no Jakarta Mail type is part
 * of their public API.
 */
package org.itilhis.adapters.mail;
