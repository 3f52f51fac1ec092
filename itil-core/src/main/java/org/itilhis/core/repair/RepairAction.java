package org.itilhis.core.repair;

/** The steps of a repair's lifecycle ({@link RepairWorkflows#REPAIR}). */
public enum RepairAction {
    SEND_TO_REPAIR,
    RETURN_FROM_REPAIR,
    RECORD_COST,
    USE_PARTS,
    CLOSE,
    CANCEL
}
