/**
 * Knowledge management over HTTP: articles written as drafts, every step of their versions'
 * review and publication, search by their records with cursor pages and by the words people
 * type through the knowledge index, the audit trail, and the desk's resolution of a ticket or a
 * contact with a published article, which counts its use. Served when the application is wired
 * with knowledge management's ports; every resource calls one inbound port and answers with a
 * {@code *Json} record.
 */
package org.itilhis.adapters.rest.knowledge;
