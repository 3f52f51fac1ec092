package org.itilhis.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/** Prints the story: chapters, timestamped steps in Beijing time, and indented details. */
final class Narrator {
    static final DateTimeFormatter BEIJING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ServiceDeskSettings.CHINA);
    private static final String INDENT = " ".repeat(20);

    private final PrintStream out;
    private final Clock clock;
    private final Cast cast;

    Narrator(PrintStream out, Clock clock, Cast cast) {
        this.out = out;
        this.clock = clock;
        this.cast = cast;
    }

    void chapter(String title) {
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(3, 86 - title.length())));
    }

    /** One step of the story, at the clock's current time: {@code [time] who what}. */
    void step(Actor actor, String what) {
        out.println("[" + time(clock.instant()) + "] " + cast.name(actor) + " " + what);
    }

    /** A line under the current step. */
    void detail(String text) {
        out.println(INDENT + text);
    }

    /** A line of its own, not indented. */
    void line(String text) {
        out.println(text);
    }

    /** A block of text (a table), indented under the current chapter. */
    void block(String text) {
        text.lines().forEach(l -> out.println("    " + l));
    }

    /** What the desk recorded about a contact, under the step that logged it. */
    void contact(ContactView contact) {
        ContactDetails d = contact.details();
        detail("contact " + contact.id() + " by " + d.channel() + " from " + cast.name(d.caller()) + ", " + d.department());
        detail("location " + d.location().map(Object::toString).orElse("-") + ", extension "
                + d.extension().orElse("-"));
        detail("\"" + d.description() + "\"");
    }

    String time(Instant at) {
        return BEIJING_TIME.format(at);
    }

    String name(StaffId staff) {
        return cast.name(staff);
    }
}
