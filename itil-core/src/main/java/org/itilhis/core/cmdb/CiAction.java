package org.itilhis.core.cmdb;

/** The steps of a configuration item's lifecycle ({@link CiLifecycle#WORKFLOW}). */
public enum CiAction {
    RECEIVE,
    DEPLOY,
    WITHDRAW,
    SEND_TO_REPAIR,
    RETURN_FROM_REPAIR,
    RETIRE,
    DISPOSE
}
