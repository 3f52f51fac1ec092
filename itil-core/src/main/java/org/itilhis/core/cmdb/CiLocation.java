package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.itilhis.core.shared.LocationId;

/**
 * Where an item is: campus, building, floor and room, each optional (a business service has
 * no room; a workstation usually has all four). Parts are stripped, blank parts are absent,
 * each at most 100 characters.
 */
public record CiLocation(Optional<String> campus, Optional<String> building, Optional<String> floor,
                         Optional<String> room) {
    public static final CiLocation UNKNOWN = new CiLocation(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public CiLocation {
        campus = part("campus", campus);
        building = part("building", building);
        floor = part("floor", floor);
        room = part("room", room);
    }

    /** A location from its parts, any of them null or blank when unknown. */
    public static CiLocation of(String campus, String building, String floor, String room) {
        return new CiLocation(Optional.ofNullable(campus), Optional.ofNullable(building), Optional.ofNullable(floor),
                Optional.ofNullable(room));
    }

    /**
     * The location a hospital location code written as a path names: {@code
     * campus/building/floor/room}, or without the campus {@code building/floor/room}, or a
     * shorter prefix ({@code building/floor}, {@code building}). So the desk finds the items at
     * a caller's location when the CMDB records locations with the same codes.
     */
    public static CiLocation fromLocationCode(LocationId code) {
        List<String> parts = Splitter.on('/').trimResults().splitToList(code.value());
        if (parts.size() >= 4) {
            return of(parts.get(0), parts.get(1), parts.get(2), String.join("/", parts.subList(3, parts.size())));
        }
        return of(null, parts.get(0), parts.size() > 1 ? parts.get(1) : null, parts.size() > 2 ? parts.get(2) : null);
    }

    private static Optional<String> part(String name, Optional<String> value) {
        Optional<String> stripped = value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
        stripped.ifPresent(v -> checkArgument(v.length() <= 100, "the %s is longer than 100 characters: %s", name, v));
        return stripped;
    }

    public boolean isUnknown() {
        return equals(UNKNOWN);
    }

    /**
     * Whether this location lies within {@code area}: every part the area gives is equal,
     * ignoring case (a caller in "Building 3, floor 2" is within campus-less "Building 3").
     */
    public boolean within(CiLocation area) {
        return same(campus, area.campus) && same(building, area.building) && same(floor, area.floor)
                && same(room, area.room);
    }

    private static boolean same(Optional<String> mine, Optional<String> wanted) {
        return wanted.isEmpty() || mine.map(m -> m.toLowerCase(Locale.ROOT))
                .equals(wanted.map(w -> w.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        String text = String.join(" / ", Stream.of(campus, building, floor, room).flatMap(Optional::stream).toList());
        return text.isEmpty() ? "unknown" : text;
    }
}
