/**
 * Tools for the workflows of {@code org.itilhis.core.workflow}: the
 * {@link org.itilhis.testkit.workflow.WorkflowChecker}, which walks a declaration's whole
 * state graph and reports, as a {@link org.itilhis.testkit.workflow.WorkflowReport}, every
 * unreachable state, every state from which no terminal state can be reached, every
 * transition out of a terminal state and every mismatch between required and declared
 * fields or actions; and {@link org.itilhis.testkit.workflow.DeclaredWorkflows}, the list of
 * every workflow the library declares, for checks that must cover them all. Researchers
 * run the checker on their own declarations before exploring them with property tests.
 */
package org.itilhis.testkit.workflow;
