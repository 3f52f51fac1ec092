package org.itilhis.ports.service.archfixture;

/** Test-only stand-in for an application service of {@code itil-ports}. */
public final class StandInService {
    public void run() {
    }
}
