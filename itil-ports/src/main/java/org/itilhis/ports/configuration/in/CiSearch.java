package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketSearch;

/**
 * How the service desk finds items: by host name or IP address (exact, ignoring case; the
 * {@code hostname}, {@code ipAddress} and {@code managementIp} attributes), by the caller's
 * location (every part given must match, ignoring case), by class (any of {@code classCodes};
 * the CMDB service puts the subclasses of a class asked for in it), owning department or status, and by a text found in the asset tag or name. All given
 * criteria must hold. Results are ordered by asset tag (exactly, in Java's {@code String} order, so
 * {@code "WS-1"} comes before {@code "ws-1"}), at most {@code limit}, starting after the asset
 * tag {@code after} when one is given: to read every match, search again after the asset tag of
 * the last item found until fewer than {@code limit} come back (keyset pagination, as
 * {@link TicketSearch#after(QueuePosition)} does for tickets), however many items match and
 * without repeating or skipping items registered or changed between pages. An item whose
 * asset tag changes between pages moves in the order, so it may be seen twice or not at all.
 * Any asset tag may be given as the position, not only a stored one.
 */
public record CiSearch(Optional<String> hostname, Optional<String> ipAddress, Optional<CiLocation> location,
                       ImmutableSet<String> classCodes, Optional<DepartmentId> owningDepartment,
                       Optional<CiStatus> status, Optional<String> text, Optional<AssetTag> after, int limit) {
    public static final int MAX_LIMIT = 500;

    public CiSearch {
        hostname = blankless(hostname);
        ipAddress = blankless(ipAddress);
        location = checkNotNull(location, "location").filter(l -> !l.isUnknown());
        classCodes = ImmutableSet.copyOf(classCodes);
        checkNotNull(owningDepartment, "owningDepartment");
        checkNotNull(status, "status");
        text = blankless(text);
        checkNotNull(after, "after");
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not between 1 and %s", limit, MAX_LIMIT);
    }

    /** Everything, up to {@code limit} items; narrow it with the {@code with…} methods. */
    public static CiSearch all(int limit) {
        return new CiSearch(Optional.empty(), Optional.empty(), Optional.empty(), ImmutableSet.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public CiSearch withHostname(String name) {
        return new CiSearch(Optional.ofNullable(name), ipAddress, location, classCodes, owningDepartment, status, text,
                after, limit);
    }

    public CiSearch withIpAddress(String address) {
        return new CiSearch(hostname, Optional.ofNullable(address), location, classCodes, owningDepartment, status, text,
                after, limit);
    }

    public CiSearch withLocation(CiLocation area) {
        return new CiSearch(hostname, ipAddress, Optional.ofNullable(area), classCodes, owningDepartment, status, text,
                after, limit);
    }

    /** Items of any of these classes. */
    public CiSearch withClassCodes(Iterable<String> codes) {
        return new CiSearch(hostname, ipAddress, location, ImmutableSet.copyOf(codes), owningDepartment, status, text,
                after, limit);
    }

    public CiSearch withOwningDepartment(DepartmentId department) {
        return new CiSearch(hostname, ipAddress, location, classCodes, Optional.ofNullable(department), status, text,
                after, limit);
    }

    public CiSearch withStatus(CiStatus wanted) {
        return new CiSearch(hostname, ipAddress, location, classCodes, owningDepartment, Optional.ofNullable(wanted), text,
                after, limit);
    }

    public CiSearch withText(String contained) {
        return new CiSearch(hostname, ipAddress, location, classCodes, owningDepartment, status,
                Optional.ofNullable(contained), after, limit);
    }

    /** The same search, finding only items whose asset tag comes after {@code position} in the order of results. */
    public CiSearch after(AssetTag position) {
        return new CiSearch(hostname, ipAddress, location, classCodes, owningDepartment, status, text,
                Optional.of(position), limit);
    }

    /** @throws IllegalArgumentException unless {@code wanted} is 1 to {@link #MAX_LIMIT} */
    public CiSearch withLimit(int wanted) {
        return new CiSearch(hostname, ipAddress, location, classCodes, owningDepartment, status, text, after, wanted);
    }

    private static Optional<String> blankless(Optional<String> value) {
        return checkNotNull(value, "value").map(String::strip).filter(v -> !v.isEmpty());
    }
}
