package org.itilhis.adapters.jdbc.configuration.archfixture;

/** A stand-in for a store of the CMDB practice. */
public final class StandInItemStore {
}
