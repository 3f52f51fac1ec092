package org.itilhis.testkit.archfixture;

/** Test-only stand-in for a testkit builder, planted as a forbidden dependency of an adapter. */
public final class StandInBuilder {
}
