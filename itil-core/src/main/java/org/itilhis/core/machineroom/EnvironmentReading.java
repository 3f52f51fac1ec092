package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A reading of a room's environment: a named quantity ({@code temperature}, {@code humidity},
 * {@code ups-load}) with its value and unit, when it was read and by whom, and the room's range
 * for the quantity as it was configured then, if any: a value outside it is out of range.
 */
public record EnvironmentReading(String quantity, BigDecimal value, String unit, Instant readAt, ReadingSource source,
                                 Optional<ReadingRange> range) implements EntryContent {
    public EnvironmentReading {
        checkNotNull(quantity, "quantity");
        checkNotNull(value, "value");
        checkNotNull(unit, "unit");
        checkNotNull(readAt, "readAt");
        checkNotNull(source, "source");
        checkNotNull(range, "range");
        readAt = Units.micros(readAt);
        quantity = quantity.strip();
        unit = unit.strip();
        checkArgument(!quantity.isEmpty(), "the quantity is blank");
        checkArgument(!unit.isEmpty(), "the unit is blank");
        String in = unit;
        checkArgument(range.map(r -> r.inUnit(in)).orElse(true), "the range %s is not in %s", range.orElse(null), unit);
    }

    /**
     * A reading taken against the room's {@code range} for the quantity, if it has one.
     *
     * @throws ReadingUnitMismatchException if the range is in another unit than {@code unit}
     */
    public static EnvironmentReading against(Optional<ReadingRange> range, String quantity, BigDecimal value,
                                             String unit, Instant readAt, ReadingSource source) {
        checkNotNull(range, "range");
        checkNotNull(unit, "unit");
        if (range.isPresent() && !range.get().inUnit(unit)) {
            throw new ReadingUnitMismatchException(quantity, unit.strip(), range.get());
        }
        return new EnvironmentReading(quantity, value, unit, readAt, source, range);
    }

    /** Outside the room's range for the quantity; never when the room has none. */
    public boolean outOfRange() {
        return range.map(r -> !r.contains(value)).orElse(false);
    }

    @Override
    public Instant at() {
        return readAt;
    }
}
