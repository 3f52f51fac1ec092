/**
 * The service desk's invariants as reusable checks, for property tests with command
 * generators of your own. {@link org.itilhis.testkit.properties.ServiceDeskInvariants}
 * checks the stored state of an in-memory desk (terminal states stay terminal, priorities
 * follow the policy, resolutions are complete, owning groups exist, histories replay to the
 * stored state, ticket numbers are unique, contacts and tickets agree);
 * {@link org.itilhis.testkit.properties.CheckedServiceDesk} runs one command and checks its
 * effect: a successful command adds exactly one event per aggregate it changes, a refused
 * one changes nothing, and nothing but a {@link org.itilhis.core.shared.DomainException}
 * ever escapes.
 */
package org.itilhis.testkit.properties;
