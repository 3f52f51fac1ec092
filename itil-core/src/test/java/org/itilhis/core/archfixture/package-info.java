/**
 * Planted architecture violations, one kind per class, that
 * {@code org.itilhis.core.ArchitectureRulesCatchViolationsTest} feeds to the rules to prove
 * that each rule catches what it is meant to catch. They are test classes, so the real
 * {@code ArchitectureTest} (which imports main classes only) never sees them. Never copy
 * anything from here into main code.
 */
package org.itilhis.core.archfixture;
