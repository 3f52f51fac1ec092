package org.itilhis.core.monitoring;

/** Whether the monitoring source says the condition holds ({@link #FIRING}) or has cleared ({@link #RESOLVED}). */
public enum AlertStatus {
    FIRING,
    RESOLVED
}
