package org.itilhis.core.change;

/**
 * How bad it is if the change goes wrong, computed from the CMDB's impact analysis of the
 * touched items and the expected outage by the {@link RiskMatrix}'s consequence rules.
 * Constants are ordered least severe first.
 */
public enum Consequence {
    /** No business service is taken down and few departments are reached. */
    MINOR,
    /** A business service goes down, or several departments are reached. */
    MODERATE,
    /** Several business services go down, or a clinical-critical service is reached. */
    MAJOR,
    /** A clinical-critical service goes down: care stops or becomes unsafe. */
    SEVERE
}
