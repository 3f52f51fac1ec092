package org.itilhis.adapters.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.jdbc.common.JdbcEventChain;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.ports.common.AuditTrailCheck;
import org.jdbi.v3.core.Jdbi;

/**
 * Verifies the audit trail of a database from the command line, as a privacy officer or an
 * auditor would, with no application running:
 *
 * <pre>{@code
 * ITILHIS_DB_PASSWORD_FILE=/run/secrets/audit java -cp ... org.itilhis.adapters.jdbc.VerifyAuditTrail \
 *     jdbc:postgresql://db.hospital.local/itilhis auditor
 * }</pre>
 *
 * <p>The password comes from the environment ({@value #PASSWORD}), or from the first line of a
 * file named by {@value #PASSWORD_FILE} or {@code --password-file <path>}, never from the command
 * line itself, where other users of the machine could read it; with neither, none is sent. It
 * only reads: no migration, no sealing (events committed but not sealed yet are left for the
 * application to seal and a later check), so a user that may only read {@code event} and
 * {@code event_chain} is enough. It prints what it found and exits 0 when the chain holds, 1
 * when it is broken, 2 when it could not check.
 */
public final class VerifyAuditTrail {
    /** The environment variable holding the database password. */
    public static final String PASSWORD = "ITILHIS_DB_PASSWORD";
    /** The environment variable naming a file whose first line is the database password. */
    public static final String PASSWORD_FILE = "ITILHIS_DB_PASSWORD_FILE";
    static final int HOLDS = 0;
    static final int BROKEN = 1;
    static final int NOT_CHECKED = 2;
    private static final String USAGE = "usage: VerifyAuditTrail <jdbc-url> <user> [--password-file <path>]"
            + " (or the password in " + PASSWORD + ", or its file in " + PASSWORD_FILE + ")";

    private VerifyAuditTrail() {
    }

    /** The only class of the adapter that prints (ArchitectureTest exempts it): a command line tool. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /** What {@link #main} does, with its environment and streams given: the exit status. */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (!(args.size() == 2 || (args.size() == 4 && args.get(2).equals("--password-file")))) {
            err.println(USAGE);
            return NOT_CHECKED;
        }
        String url = args.get(0);
        String user = args.get(1);
        String password;
        try {
            password = password(args.size() == 4 ? args.get(3) : environment.get(PASSWORD_FILE),
                    environment.get(PASSWORD));
        } catch (IOException unreadable) {
            err.println("could not check: the password file cannot be read (" + unreadable.getClass().getSimpleName()
                    + ": " + unreadable.getMessage() + ")");
            return NOT_CHECKED;
        }
        long started = System.nanoTime();
        AuditTrailCheck check;
        try (HikariDataSource dataSource = JdbcDataSources.pooled(url, user, password, 1)) {
            JdbcServiceDeskStorage.detect(dataSource);
            check = new JdbcEventChain(new JdbcTransactions(Jdbi.create(dataSource))).verify();
        } catch (RuntimeException failure) {
            err.println("could not check: " + failure.getMessage());
            return NOT_CHECKED;
        }
        out.println(describe(check, Duration.ofNanos(System.nanoTime() - started)));
        return check.holds() ? HOLDS : BROKEN;
    }

    /** The password from the file, if one is named, else from the variable, else none. */
    private static String password(String file, String variable) throws IOException {
        if (file != null && !file.isBlank()) {
            List<String> lines = Files.readAllLines(Path.of(file), UTF_8);
            return lines.isEmpty() ? "" : lines.get(0);
        }
        return variable == null ? "" : variable;
    }

    static String describe(AuditTrailCheck check, Duration took) {
        String counted = String.format("%,d events checked (%,d of them logged before the chain began)",
                check.eventsChecked(), check.unchainedEvents());
        String time = String.format("%.1f s", took.toMillis() / 1000.0);
        if (check.holds()) {
            return "The audit trail holds: " + counted + ", up to position " + check.lastPosition() + "; " + time + ".";
        }
        AuditTrailCheck.BrokenLink link = check.firstBrokenLink().orElseThrow();
        return "The audit trail is BROKEN at position " + link.position() + ": " + link.fault() + ", "
                + meaning(link.fault()) + ". In place before it: " + counted + ", up to position "
                + check.lastPosition() + "; " + time + ".";
    }

    private static String meaning(AuditTrailCheck.Fault fault) {
        return switch (fault) {
            case HASH_MISMATCH -> "its stored hash does not match its content and its predecessor's hash: "
                    + "the event was changed or replaced";
            case POSITION_MISSING -> "no event holds this position though later ones do: an event was deleted";
            case HASH_MISSING -> "the event was sealed among chained ones but has no hash: it was inserted, "
                    + "or its hash erased";
            case OUTSIDE_CHAIN -> "the event holds a position the chain never gave (beyond its head, or below 1): "
                    + "it was inserted";
            case HEAD_MISMATCH -> "the chain's head (event_chain) names another last event than the log holds: "
                    + "events were deleted at the end, or the last one replaced";
        };
    }
}
