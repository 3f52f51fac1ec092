/**
 * Notifications on JDBC: the log of the mails of the replies mailbox the library handled
 * (migration V36), which makes replies by e-mail idempotent and lists the refused ones.
 */
package org.itilhis.adapters.jdbc.notification;
