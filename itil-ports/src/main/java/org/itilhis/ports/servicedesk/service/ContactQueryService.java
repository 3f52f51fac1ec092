package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.servicedesk.in.ContactNotFoundException;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.ContactView;

/**
 * Reads contacts for an actor under the same access policy as tickets. A contact the actor
 * may not see is reported as not found, so that its existence does not leak. Every contact
 * shown is recorded as a read of personal data first, as {@link TicketQueryService} records
 * tickets (fail closed; the system actor's reads are not recorded).
 */
public final class ContactQueryService implements ContactQueries {
    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;
    private final ReadRecorder recorder;

    public ContactQueryService(ServiceDeskPorts ports, ServiceDeskSettings settings) {
        this(ports, settings, ReadRecorder.of(ports));
    }

    ContactQueryService(ServiceDeskPorts ports, ServiceDeskSettings settings, ReadRecorder recorder) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.recorder = checkNotNull(recorder, "recorder");
    }

    @Override
    public ContactView contact(Actor actor, ContactId id) {
        checkNotNull(actor, "actor");
        checkNotNull(id, "id");
        ContactView shown = ports.contacts().find(id)
                .filter(contact -> maySee(actor, contact))
                .map(ContactView::of)
                .orElseThrow(() -> new ContactNotFoundException(id));
        recorder.record(actor, PersonalDataRead.RecordKind.CONTACT, PersonalDataRead.CONTACT, List.of(id.toString()));
        return shown;
    }

    private boolean maySee(Actor actor, Contact contact) {
        // the context of a record on behalf of its caller and owned by no group, as the
        // desk's own use cases authorise work on a contact
        return settings.access().permits(actor, Permission.VIEW_TICKET,
                AccessContext.onBehalfOf(contact.details().caller(), ports.directory().groupsOf(actor.staffId())));
    }
}
