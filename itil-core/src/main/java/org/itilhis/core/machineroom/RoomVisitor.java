package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Someone from outside the information centre entering a machine room: a vendor's engineer, an
 * auditor, a contractor. Their name, and their company when they have one, as written in the log.
 */
public record RoomVisitor(String name, Optional<String> company) {
    public RoomVisitor {
        checkNotNull(name, "name");
        checkNotNull(company, "company");
        name = name.strip();
        checkArgument(!name.isEmpty(), "the visitor's name is blank");
        company = company.map(String::strip).filter(c -> !c.isEmpty());
    }

    public static RoomVisitor of(String name, String company) {
        return new RoomVisitor(name, Optional.ofNullable(company));
    }
}
