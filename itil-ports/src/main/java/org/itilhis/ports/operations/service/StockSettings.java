package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;

/**
 * The hospital's rules for its stock.
 *
 * @param zone where the months of the consumption figures begin and end
 */
public record StockSettings(ZoneId zone) {
    public StockSettings {
        checkNotNull(zone, "zone");
    }

    /** Months in China Standard Time. */
    public static StockSettings hospitalDefault() {
        return new StockSettings(ZoneId.of("Asia/Shanghai"));
    }
}
