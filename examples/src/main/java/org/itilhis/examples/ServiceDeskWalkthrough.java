package org.itilhis.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The hospital service desk story, told by running it: the demo hospital on in-memory
 * adapters, one call solved at first contact, one incident from the call to its rating,
 * its audit trail and notifications, two refused steps, a call solved with a known error's
 * workaround, and the rules behind it all.
 * Times are printed in Beijing time.
 *
 * <p>Run its {@code main}, or {@code mvn -B -q -pl examples -am -DskipTests package exec:java
 * -Dexec.mainClass=org.itilhis.examples.ServiceDeskWalkthrough} (the module's default main class
 * is the {@link HospitalServiceDesk} server).
 */
public final class ServiceDeskWalkthrough {
    private ServiceDeskWalkthrough() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's console encoding, so the Chinese messages arrive intact.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(out);
        out.flush();
    }

    /** Tells the whole story into {@code out}, on a fresh demo hospital. */
    public static void run(PrintStream out) {
        InMemoryServiceDesk hospital = DemoHospital.inMemory();
        Cast cast = new Cast(hospital.directory);
        Narrator narrator = new Narrator(out, hospital.clock, cast);
        narrator.line("itilhis service desk walkthrough: the demo hospital on in-memory adapters");
        narrator.line("All times are Beijing time (" + ServiceDeskSettings.CHINA + ", UTC+8).");
        new PrinterCall(hospital, narrator).play();
        TicketView incident = new RegistrationOutage(hospital, narrator).play();
        new AuditTrail(hospital, narrator, cast).print(incident);
        new Refusals(hospital, narrator).show(incident);
        new KnownErrorCall(hospital, narrator).play();
        new HospitalRules(narrator).print(DemoHospital.settings());
    }
}
