package org.itilhis.ports.operations.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.RepairOpening;
import org.itilhis.core.shared.Actor;

/**
 * Opens a repair record of configuration item {@code ci} for {@code fault}. Needs {@code
 * RECORD_REPAIR}. The item's own record decides the vendor (its vendor, else its {@code
 * manufacturer} attribute) and the warranty (its warranty end against the day the item went
 * down); {@code vendor} and {@code underWarranty} are taken only where the item records none.
 *
 * @param link          the incident ({@code INC-2027-000042}) or problem ({@code PRB-2027-000007})
 *                      the repair answers, which must exist; null for none
 * @param downtimeStart when the item went down; null for now. Never in the future
 */
public record OpenRepair(@NotNull Actor actor, @NotNull CiId ci,
                         @NotBlank @Size(max = RepairOpening.MAX_FAULT) String fault,
                         @Size(max = RepairOpening.MAX_VENDOR) String vendor,
                         Boolean underWarranty,
                         @Pattern(regexp = LINK, message = LINK_MESSAGE) String link,
                         Instant downtimeStart) {
    /** An incident or problem number. */
    public static final String LINK = "(INC|PRB)-\\d{4}-\\d{6,}";
    static final String LINK_MESSAGE = "{itilhis.repair.link}";
}
