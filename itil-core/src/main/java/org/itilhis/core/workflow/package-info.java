/**
 * Workflows declared as data: the states of an ITIL record, the actions that move it,
 * the guards that must hold and the fields each action requires. Aggregates enforce their
 * lifecycle through a {@link org.itilhis.core.workflow.Workflow} rather than through
 * scattered {@code if}s, so the same declaration can be checked exhaustively, rendered as
 * a diagram and explored by property tests.
 */
package org.itilhis.core.workflow;
