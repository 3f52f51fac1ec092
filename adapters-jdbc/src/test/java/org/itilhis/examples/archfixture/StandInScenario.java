package org.itilhis.examples.archfixture;

/** Test-only stand-in for an example scenario, planted as a forbidden dependency of an adapter. */
public final class StandInScenario {
}
