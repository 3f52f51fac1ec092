package org.itilhis.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;

/**
 * The start-up lines of the hospital service desk: where it listens, where it keeps its
 * records, how people sign in, the demo hospital it serves (groups, division of duties,
 * callers) and, when the demo tokens are on, the start of each demo person's bearer token, with
 * when they expire.
 */
final class Welcome {
    private final PrintStream out;

    Welcome(PrintStream out) {
        this.out = out;
    }

    void print(HospitalServiceDesk desk) {
        ServerConfiguration configuration = desk.configuration();
        out.println();
        out.println("itilhis hospital service desk");
        line("REST API", desk.apiUri() + "  (health: /health, OpenAPI: /openapi.json)");
        line("database", desk.dialect() + " " + configuration.databaseShown());
        line("time zone", ServiceDeskSettings.CHINA + " (Beijing time)");
        line("sign-in", configuration.signIn().describe());
        line("directory", configuration.directoryShown());
        hospital(desk.directory());
        desk.tokens().ifPresent(this::tokens);
        out.println();
        out.println("Stop it with Ctrl-C.");
        out.println();
    }

    /** The demo hospital's groups and callers as {@code directory} has them. */
    private void hospital(StaffDirectory directory) {
        out.println();
        out.println("Assignment groups (tier: members, lead first):");
        for (AssignmentGroup demo : DemoHospital.groups()) {
            AssignmentGroup group = directory.group(demo.id()).orElse(null);
            if (group == null) {
                out.printf(Locale.ROOT, "  %-20s not in the directory%n", demo.id().value());
                continue;
            }
            String members = group.members().stream().map(StaffId::value).collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "  %-20s %-12s %s (%s)%n", group.id().value(), group.tier(), members, group.name());
        }
        out.println("Division of duties (category -> group):");
        DemoHospital.routing().describe().lines().forEach(rule -> out.println("  " + rule));
        out.println("Callers (department, extension):");
        for (Actor caller : new Actor[] {DemoHospital.NURSE_WANG, DemoHospital.CLERK_LI, DemoHospital.DOCTOR_ZHAO}) {
            StaffMember member = directory.member(caller.staffId()).orElse(null);
            if (member == null) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-6s %-28s %s, %s%n", member.id().value(), member.name(),
                    member.department().value(), member.extension().orElse("-"));
        }
        out.println("Locations: " + DemoHospital.OUTPATIENT_HALL.value() + ", " + DemoHospital.WARD_5_EAST_STATION.value());
    }

    /** Only a prefix of each token: the start-up lines end up in terminals' scrollback and in service logs. */
    private void tokens(DemoTokens tokens) {
        out.println();
        out.println("Demo bearer tokens, for demonstration only, valid until " + tokens.expiresAt()
                + " (curl -H \"Authorization: Bearer <token>\"):");
        DemoTokens.PEOPLE.forEach((name, actor) -> out.printf(Locale.ROOT, "  %-20s %-6s %-40s %s%n", name,
                actor.staffId().value(), DemoTokens.roles(actor), tokens.prefix(name)));
        out.println("The whole tokens are kept in " + tokens.file() + "; load them into a shell as $AGENT_CHEN, ... with");
        out.println("  . " + shown(tokens.file()));
    }

    /** The path relative to the working directory when it is below it, as a shell would take it. */
    private static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? "./" + here.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    private void line(String label, String value) {
        out.printf(Locale.ROOT, "  %-10s %s%n", label, value);
    }
}
