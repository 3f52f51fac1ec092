package org.itilhis.adapters.rest.resource;

import java.time.Instant;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.in.InvalidCommandException;
import org.itilhis.ports.in.SlaAdministration;

/**
 * Asks the core, before a change of service levels is read, whether the actor may make it
 * (MANAGE_SLA), so that someone who may not is told 403 rather than which fields of the
 * request are wrong. {@link SlaAdministration} has no question of its own for this, so the
 * check sends it a change the port's contract refuses in any case (a blank calendar name and
 * reason): the core checks the permission first (403), and an actor it permits gets the
 * refusal of the blank fields, which is ignored here. Nothing can be changed by it.
 */
final class ManageSlaCheck {
    private static final BusinessCalendar ANY_CALENDAR = BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI);

    private ManageSlaCheck() {
    }

    /** @throws org.itilhis.core.access.NotPermittedException if the actor may not manage service levels */
    static void require(SlaAdministration administration, Actor actor) {
        try {
            administration.addCalendarVersion(actor, "", Instant.EPOCH, ANY_CALENDAR, "");
        } catch (InvalidCommandException permittedButBlank) {
            // the actor may manage service levels; the blank request was refused as it must be
        }
    }
}
