package org.itilhis.adapters.rest.archfixture;

/** Test-only stand-in for a class of the Rest adapter, which is not on this module's class path. */
public final class StandInRestAdapter {
}
