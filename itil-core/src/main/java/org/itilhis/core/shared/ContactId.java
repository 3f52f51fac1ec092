package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/**
 * The identity of a service desk contact (one call, visit or message). It lives here,
 * not beside the contact, because tickets keep the contacts linked to them and the two
 * packages must not depend on each other in a cycle.
 */
public record ContactId(UUID value) {
    public ContactId {
        checkNotNull(value, "value");
    }

    public static ContactId parse(String text) {
        return new ContactId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
