/**
 * jqwik generators for the service desk, for property tests of your own: actors (the demo
 * hospital's staff and strangers with random roles), free text in English and Chinese,
 * impact and urgency codes, and every {@link org.itilhis.ports.servicedesk.in.ContactCommand} and
 * {@link org.itilhis.ports.servicedesk.in.TicketCommand} with random fields. They produce valid input
 * most of the time and, at low rates, the invalid input a real desk sees (blank or
 * oversized text, unknown codes and groups, stale versions, missing fields), so that a
 * property also exercises every refusal path. Pair them with the invariants of
 * {@link org.itilhis.testkit.properties}.
 */
package org.itilhis.testkit.arbitraries;
