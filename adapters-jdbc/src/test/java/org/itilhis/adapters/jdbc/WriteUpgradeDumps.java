package org.itilhis.adapters.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the tool that writes the upgrade dumps ({@link UpgradeDump}) with the code as it
 * stands, one per database, into {@code src/test/resources/upgrade/}. Run it before a change
 * that could break reading an existing database (a release, a refactoring of the stores), and
 * commit the dumps: {@code UpgradeBehaviour} then loads each with every later version of the
 * code. Its name keeps it out of {@code mvn verify}; run it with
 * <pre>
 * mvn -B -pl adapters-jdbc -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=WriteUpgradeDumps -Ditilhis.dumps=write
 * </pre>
 */
class WriteUpgradeDumps {
    @Test
    void writeOnePerDatabase() throws IOException {
        assumeTrue("write".equals(System.getProperty("itilhis.dumps")), "writes only with -Ditilhis.dumps=write");
        for (DatabaseServer server : List.of(DatabaseServer.H2, DatabaseServer.POSTGRESQL, DatabaseServer.MARIADB)) {
            try (IsolatedDatabase db = IsolatedDatabase.of(server)) {
                MutableClock clock = MutableClock.at(UpgradeHospital.START);
                UpgradeHospital hospital = new UpgradeHospital(db.storage(), clock);
                List<TicketId> tickets = hospital.tellTheStory(clock);
                UpgradeDump dump = UpgradeDump.of(db.dataSource(), db.storage().dialect(), hospital.read(tickets));
                Path file = Path.of("src/test/resources/upgrade", server.name().toLowerCase(Locale.ROOT) + "-v"
                        + dump.flywayVersion() + ".json");
                dump.writeTo(file);
                System.out.println("wrote " + file.toAbsolutePath());
            }
        }
    }
}
