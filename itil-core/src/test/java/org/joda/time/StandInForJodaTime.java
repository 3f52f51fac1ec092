package org.joda.time;

/**
 * Test-only stand-in in JodaTime's package (JodaTime itself is not on the class path), so
 * that {@code org.itilhis.core.archfixture.JodaTimeUser} can plant a JodaTime dependency.
 */
public final class StandInForJodaTime {
}
