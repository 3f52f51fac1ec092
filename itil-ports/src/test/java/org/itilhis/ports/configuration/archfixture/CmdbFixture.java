package org.itilhis.ports.configuration.archfixture;

/** A class of the CMDB practice, used by the fixtures of the other practices. */
public final class CmdbFixture {
}
