package org.itilhis.adapters.rest.servicedesk;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.servicedesk.in.ContactCommand;

/** {@code POST /api/v1/contacts}: a call, visit or message as it comes in. */
public record LogContactJson(ContactChannel channel, String caller, String department, String location,
                             String extension, String description) {

    public ContactCommand.Log command(Actor actor, Fields fields) {
        return new ContactCommand.Log(actor, channel, fields.id("caller", caller, StaffId::of),
                fields.id("department", department, DepartmentId::of), fields.id("location", location, LocationId::of),
                extension, description);
    }
}
