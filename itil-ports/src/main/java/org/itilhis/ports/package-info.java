/**
 * The application core's contract: {@code in} holds what drives the library (use cases,
 * commands, queries, views), {@code out} what the library drives (repositories, event
 * log, ticket numbers, notifier, staff directory, transactions), and {@code service} the
 * application services that implement the use cases on the domain of {@code itil-core}.
 */
package org.itilhis.ports;
