package org.itilhis.core.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;

/**
 * What the desk records about a contact: channel, caller, department, location, phone
 * extension, when it came in, and the caller's description.
 */
public record ContactDetails(
        ContactChannel channel,
        StaffId caller,
        DepartmentId department,
        Optional<LocationId> location,
        Optional<String> extension,
        Instant receivedAt,
        String description) {

    public ContactDetails {
        checkNotNull(channel, "channel");
        checkNotNull(caller, "caller");
        checkNotNull(department, "department");
        checkNotNull(location, "location");
        checkNotNull(extension, "extension");
        checkNotNull(receivedAt, "receivedAt");
        checkNotNull(description, "description");
        extension = extension.map(String::strip).filter(e -> !e.isEmpty());
        extension.ifPresent(e -> checkArgument(e.matches("[0-9+#*\\- ]{1,20}"), "extension %s is not a phone extension", e));
        description = description.strip();
        checkArgument(!description.isEmpty(), "description is blank");
        checkArgument(description.length() <= 8000, "description is longer than 8000 characters");
    }
}
