package org.itilhis.ports.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.shared.DepartmentId;

/**
 * How the service desk finds items: by host name or IP address (exact, ignoring case; the
 * {@code hostname}, {@code ipAddress} and {@code managementIp} attributes), by the caller's
 * location (every part given must match, ignoring case), by class (any of {@code classCodes};
 * the CMDB service puts the subclasses of a class asked for in it), owning department or status, and by a text found in the asset tag or name. All given
 * criteria must hold. Results are ordered by asset tag, at most {@code limit}.
 */
public record CiSearch(Optional<String> hostname, Optional<String> ipAddress, Optional<CiLocation> location,
                       ImmutableSet<String> classCodes, Optional<DepartmentId> owningDepartment,
                       Optional<CiStatus> status, Optional<String> text, int limit) {
    public static final int MAX_LIMIT = 500;

    public CiSearch {
        hostname = blankless(hostname);
        ipAddress = blankless(ipAddress);
        location = checkNotNull(location, "location").filter(l -> !l.isUnknown());
        classCodes = ImmutableSet.copyOf(classCodes);
        checkNotNull(owningDepartment, "owningDepartment");
        checkNotNull(status, "status");
        text = blankless(text);
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not between 1 and %s", limit, MAX_LIMIT);
    }

    /** Everything, up to {@code limit} items; narrow it with the {@code with…} methods. */
    public static CiSearch all(int limit) {
        return new CiSearch(Optional.empty(), Optional.empty(), Optional.empty(), ImmutableSet.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }

    public CiSearch withHostname(String name) {
        return new CiSearch(Optional.ofNullable(name), ipAddress, location, classCodes, owningDepartment, status, text,
                limit);
    }

    public CiSearch withIpAddress(String address) {
        return new CiSearch(hostname, Optional.ofNullable(address), location, classCodes, owningDepartment, status, text,
                limit);
    }

    public CiSearch withLocation(CiLocation area) {
        return new CiSearch(hostname, ipAddress, Optional.ofNullable(area), classCodes, owningDepartment, status, text,
                limit);
    }

    /** Items of any of these classes. */
    public CiSearch withClassCodes(Iterable<String> codes) {
        return new CiSearch(hostname, ipAddress, location, ImmutableSet.copyOf(codes), owningDepartment, status, text,
                limit);
    }

    public CiSearch withOwningDepartment(DepartmentId department) {
        return new CiSearch(hostname, ipAddress, location, classCodes, Optional.ofNullable(department), status, text,
                limit);
    }

    public CiSearch withStatus(CiStatus wanted) {
        return new CiSearch(hostname, ipAddress, location, classCodes, owningDepartment, Optional.ofNullable(wanted), text,
                limit);
    }

    public CiSearch withText(String contained) {
        return new CiSearch(hostname, ipAddress, location, classCodes, owningDepartment, status,
                Optional.ofNullable(contained), limit);
    }

    private static Optional<String> blankless(Optional<String> value) {
        return checkNotNull(value, "value").map(String::strip).filter(v -> !v.isEmpty());
    }
}
