package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;

/**
 * What a repair is opened with: the item, its fault, who repairs it ({@code vendor}, from the
 * item's record when it names one), whether the item is under warranty (from its warranty end
 * when recorded), the incident or problem it answers and when the item went down.
 */
public record RepairOpening(CiId ci, String fault, Optional<String> vendor, boolean underWarranty,
                            Optional<RepairLink> link, Instant downtimeStart) {
    public static final int MAX_FAULT = 2000;
    public static final int MAX_VENDOR = 200;

    public RepairOpening {
        checkNotNull(ci, "ci");
        checkNotNull(fault, "fault");
        checkArgument(!fault.isBlank(), "fault is blank");
        fault = fault.strip();
        checkArgument(fault.length() <= MAX_FAULT, "fault is longer than %s", MAX_FAULT);
        vendor = checkNotNull(vendor, "vendor").map(String::strip).filter(v -> !v.isEmpty());
        vendor.ifPresent(v -> checkArgument(v.length() <= MAX_VENDOR, "vendor is longer than %s", MAX_VENDOR));
        checkNotNull(link, "link");
        checkNotNull(downtimeStart, "downtimeStart");
    }
}
