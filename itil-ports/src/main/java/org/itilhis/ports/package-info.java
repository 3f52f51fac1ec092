/**
 * The application core's contract, one package per ITIL practice ({@code servicedesk},
 * {@code servicelevel}, {@code configuration}, and the ones to come), each split into
 * {@code in} (what drives the library: use cases, commands, queries, views), {@code out}
 * (what the library drives: repositories and other stores) and {@code service} (the
 * application services that implement the use cases on the domain of {@code itil-core});
 * what every practice shares is in {@code common}. The order in which practices may depend
 * on each other is in docs/practices.md.
 */
package org.itilhis.ports;
