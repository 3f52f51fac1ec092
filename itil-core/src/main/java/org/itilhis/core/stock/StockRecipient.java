package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Whom or what an issue of stock goes to: a person (staff id), a department, a ticket (its
 * number) or a repair record (its id), as text of at most 64 characters.
 */
public record StockRecipient(RecipientKind kind, String id) {
    public StockRecipient {
        checkNotNull(kind, "kind");
        checkNotNull(id, "id");
        id = id.strip();
        checkArgument(!id.isEmpty() && id.length() <= 64, "a %s recipient's id is blank or too long: %s", kind, id);
    }

    public static StockRecipient of(RecipientKind kind, String id) {
        return new StockRecipient(kind, id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
