/**
 * Planted architecture violations (here and in the {@code archfixture} packages under
 * {@code in}, {@code out} and {@code service}) that
 * {@code org.itilhis.ports.ArchitectureRulesCatchViolationsTest} feeds to the rules. They
 * are test classes, so the real {@code ArchitectureTest} never sees them. Never copy
 * anything from here into main code.
 */
package org.itilhis.ports.archfixture;
