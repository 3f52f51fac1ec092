package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.ReadingRange;

/**
 * The normal ranges of the machine rooms' environment: those every room has ({@code ranges},
 * by quantity) and a room's own where it differs ({@code rooms}: a UPS room kept cooler, a tape
 * store drier).
 */
public record MachineRoomSettings(ImmutableMap<String, ReadingRange> ranges,
                                  ImmutableMap<CiId, ImmutableMap<String, ReadingRange>> rooms) {
    public MachineRoomSettings {
        checkNotNull(ranges, "ranges");
        checkNotNull(rooms, "rooms");
    }

    /** Temperature 18-27 °C and relative humidity 40-60 %, as the national standard for machine rooms (GB 50174) asks. */
    public static MachineRoomSettings hospitalDefault() {
        return new MachineRoomSettings(ImmutableMap.of("temperature", ReadingRange.of("18", "27", "°C"),
                "humidity", ReadingRange.of("40", "60", "%")), ImmutableMap.of());
    }

    /** These settings with {@code room}'s own ranges (by quantity) over the common ones. */
    public MachineRoomSettings withRoom(CiId room, Map<String, ReadingRange> own) {
        ImmutableMap.Builder<CiId, ImmutableMap<String, ReadingRange>> all = ImmutableMap.builder();
        rooms.forEach((id, r) -> {
            if (!id.equals(room)) {
                all.put(id, r);
            }
        });
        all.put(checkNotNull(room, "room"), ImmutableMap.copyOf(own));
        return new MachineRoomSettings(ranges, all.buildOrThrow());
    }

    /** The range of {@code quantity} in {@code room}: its own, else the common one, else none. */
    public Optional<ReadingRange> rangeOf(CiId room, String quantity) {
        ReadingRange own = rooms.getOrDefault(room, ImmutableMap.of()).get(quantity);
        return Optional.ofNullable(own != null ? own : ranges.get(quantity));
    }
}
