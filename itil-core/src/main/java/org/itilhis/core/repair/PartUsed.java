package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.shared.StaffId;

/**
 * Spare parts put into the item by a repair: {@code quantity} of the stock item {@code item}
 * taken from the store at {@code location} of the spare parts ledger, by {@code by} at {@code at}.
 */
public record PartUsed(String item, String location, int quantity, StaffId by, Instant at) {
    public PartUsed {
        checkNotNull(item, "item");
        checkNotNull(location, "location");
        checkArgument(!item.isBlank(), "item is blank");
        checkArgument(!location.isBlank(), "location is blank");
        checkArgument(quantity >= 1, "quantity %s is below 1", quantity);
        checkNotNull(by, "by");
        checkNotNull(at, "at");
        item = item.strip();
        location = location.strip();
    }
}
