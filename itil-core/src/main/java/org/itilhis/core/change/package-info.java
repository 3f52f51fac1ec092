/**
 * Change management: a change to configuration items, standard (from a pre-approved
 * template), normal (assessed and approved by the change advisory board) or emergency
 * (approved by the emergency CAB, reviewed afterwards); its risk from the CMDB's impact
 * analysis, the CAB's votes and decision, blackout and maintenance windows, and the
 * schedule's conflict checks.
 *
 * <p>Here: the {@link org.itilhis.core.change.Change} aggregate and its lifecycle
 * ({@link org.itilhis.core.change.ChangeWorkflows}); risk assessment as data
 * ({@link org.itilhis.core.change.RiskMatrix}, {@link org.itilhis.core.change.RiskAssessment});
 * the boards, their rules and their decisions ({@link org.itilhis.core.change.ChangeAdvisoryBoard},
 * {@link org.itilhis.core.change.ApprovalRule}, {@link org.itilhis.core.change.CabApproval},
 * {@link org.itilhis.core.change.ApprovalPolicy}); standard change templates
 * ({@link org.itilhis.core.change.ChangeTemplate}). Blackout windows and the conflict checks
 * live in the {@code schedule} subpackage, which the application service consults before
 * scheduling and starting a change.
 */
package org.itilhis.core.change;
