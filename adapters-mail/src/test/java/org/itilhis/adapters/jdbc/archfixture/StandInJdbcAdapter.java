package org.itilhis.adapters.jdbc.archfixture;

/** Test-only stand-in for a class of the JDBC adapter, which is not on this module's class path. */
public final class StandInJdbcAdapter {
}
