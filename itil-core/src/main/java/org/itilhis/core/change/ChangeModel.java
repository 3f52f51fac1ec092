package org.itilhis.core.change;

/**
 * The ITIL change models. The model decides which steps of {@link ChangeWorkflows#CHANGE}
 * a change may take (its guards read the model) and who approves it ({@link ApprovalPolicy}).
 */
public enum ChangeModel {
    /**
     * Pre-approved by a {@link ChangeTemplate}: low risk, done often the same way (replacing a
     * ward printer's toner board, adding a PACS viewer licence). No assessment and no CAB; allowed
     * only inside the template's scope and weekly windows, with the risk the template fixes.
     */
    STANDARD,
    /** Assessed for risk and approved by the change advisory board before it is scheduled. */
    NORMAL,
    /**
     * Must be done now to restore or protect a service (a security patch under attack, a failed
     * disk controller under the HIS database). Approved by the emergency CAB under its own,
     * smaller rule, and reviewed in retrospect before it closes.
     */
    EMERGENCY
}
