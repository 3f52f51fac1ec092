package org.itilhis.ports.monitoring.in;

/**
 * What the intake did with a delivery: how many alerts it held, how many were recorded new, how
 * many had been recorded before (a retry, a repeat), how many were rejected (each listed), and how
 * many of the new ones no rule mapped to an item (listed for the configuration manager).
 */
public record IntakeOutcome(int received, int recorded, int duplicates, int rejected, int unmapped) {
}
