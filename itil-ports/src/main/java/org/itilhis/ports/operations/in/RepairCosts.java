package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.repair.Money;

/**
 * What the repairs of one vendor cost in one currency ({@code vendor} empty: repairs with no
 * vendor recorded), and how many repairs were counted.
 */
public record RepairCosts(Optional<String> vendor, Money total, int repairs) {
    public RepairCosts {
        checkNotNull(vendor, "vendor");
        checkNotNull(total, "total");
    }
}
