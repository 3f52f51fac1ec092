package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.itilhis.core.shared.StaffId;

/**
 * An item kept in stock (toner, a keyboard, a 2 TB disk, a power supply): its code and name,
 * the unit it is counted in, whether it is a consumable or a spare part, the CI class it fits
 * if any ({@code workstation}, {@code printer}), the member of staff who owns it (and hears
 * when it runs low) and its reorder threshold per store room: when the balance in a room falls
 * to or below the threshold the owner is told once, until the balance rises above it again.
 * Versioned: defined at version 1, each revision adds one.
 *
 * @param unit the unit counted in ({@code piece}, {@code box}, {@code 个})
 */
public record StockItem(StockItemCode code, String name, String unit, StockKind kind, Optional<String> ciClass,
                        StaffId owner, ImmutableSortedMap<StoreRoomCode, Long> reorderThresholds, long version) {
    public StockItem {
        checkNotNull(code, "code");
        name = checkNotNull(name, "name").strip();
        checkArgument(!name.isEmpty(), "the name of item %s is blank", code);
        unit = checkNotNull(unit, "unit").strip();
        checkArgument(!unit.isEmpty(), "the unit of item %s is blank", code);
        checkNotNull(kind, "kind");
        ciClass = checkNotNull(ciClass, "ciClass").map(String::strip).filter(c -> !c.isEmpty());
        checkNotNull(owner, "owner");
        checkNotNull(reorderThresholds, "reorderThresholds");
        reorderThresholds.forEach((room, threshold) -> checkArgument(threshold >= 0,
                "the reorder threshold of %s in %s is negative: %s", code, room, threshold));
        checkArgument(version >= 1, "version %s is below 1", version);
    }

    /** A new item at version 1. */
    public static StockItem define(StockItemCode code, String name, String unit, StockKind kind,
                                   Optional<String> ciClass, StaffId owner, Map<StoreRoomCode, Long> thresholds) {
        return new StockItem(code, name, unit, kind, ciClass, owner, ImmutableSortedMap.copyOf(thresholds), 1);
    }

    /** The next version of this item with these details (its code stays). */
    public StockItem revised(String newName, String newUnit, StockKind newKind, Optional<String> newCiClass,
                             StaffId newOwner, Map<StoreRoomCode, Long> newThresholds) {
        return new StockItem(code, newName, newUnit, newKind, newCiClass, newOwner,
                ImmutableSortedMap.copyOf(newThresholds), version + 1);
    }

    /** The reorder threshold in {@code room}, if the item has one there. */
    public OptionalLong reorderThreshold(StoreRoomCode room) {
        Long threshold = reorderThresholds.get(room);
        return threshold == null ? OptionalLong.empty() : OptionalLong.of(threshold);
    }
}
