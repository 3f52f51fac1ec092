/**
 * E-mail notifications through Jakarta Mail on Eclipse Angus (SMTP) and replies read from a mailbox (IMAP).
 */
package org.itilhis.adapters.mail;
