package org.itilhis.adapters.rest.servicelevel.archfixture;

/** A stand-in for a JSON record of service level management. */
public final class StandInClockJson {
}
