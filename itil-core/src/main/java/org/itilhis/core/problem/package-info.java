/**
 * Problem management and known errors: a {@link org.itilhis.core.problem.Problem} is the
 * unknown cause of one or more incidents, investigated with a structured
 * {@link org.itilhis.core.problem.RootCauseAnalysis} (cause category, analysis steps, root
 * cause, workaround, permanent fix), published to the service desk as a known error, and
 * resolved by a permanent fix. Its lifecycle is the data of
 * {@link org.itilhis.core.problem.ProblemWorkflows}; every change is a
 * {@link org.itilhis.core.problem.ProblemEvent} from which the problem can be rebuilt, and
 * the problem owns its links to incidents (problem management sits above the service desk).
 */
package org.itilhis.core.problem;
