package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * The normal range of a room's environment quantity, both ends included, in its unit: a machine
 * room's temperature 18-27 °C, its humidity 40-60 %.
 */
public record ReadingRange(BigDecimal low, BigDecimal high, String unit) {
    public ReadingRange {
        checkNotNull(low, "low");
        checkNotNull(high, "high");
        checkNotNull(unit, "unit");
        unit = unit.strip();
        checkArgument(!unit.isEmpty(), "the unit is blank");
        checkArgument(low.compareTo(high) <= 0, "the range %s-%s %s ends below its start", low, high, unit);
    }

    public static ReadingRange of(String low, String high, String unit) {
        return new ReadingRange(new BigDecimal(low), new BigDecimal(high), unit);
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    /** Whether {@code other} names this range's unit, ignoring case and spaces ({@code °c}, {@code % }). */
    public boolean inUnit(String other) {
        return Units.same(unit, other);
    }

    @Override
    public String toString() {
        return low.toPlainString() + "-" + high.toPlainString() + " " + unit;
    }
}
