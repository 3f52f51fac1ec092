package org.itilhis.core.change;

/** The risk of a change, likelihood x consequence; it decides the approvals ({@link ApprovalPolicy}). */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH
}
