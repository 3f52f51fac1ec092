/**
 * Planted architecture violations that
 * {@code org.itilhis.adapters.mail.ArchitectureRulesCatchViolationsTest} feeds to the rules.
 * They are test classes, so the real {@code ArchitectureTest} never sees them. Never copy
 * anything from here into main code.
 */
package org.itilhis.adapters.mail.archfixture;
