/**
 * The service desk's contact record: every call, visit, portal message, HIS-button report,
 * e-mail or monitoring alert that reaches the single point of contact, with who called,
 * from where, and how it ended: resolved at first contact, raised as a new ticket, or
 * linked to an existing open ticket (many calls about one outage make a major incident).
 */
package org.itilhis.core.contact;
