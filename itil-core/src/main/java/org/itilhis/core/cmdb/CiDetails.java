package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;

/**
 * What the hospital records about a configuration item besides its lifecycle: identity
 * (asset tag, name, serial number), where it is, who owns and who supports it, how critical
 * it is for care, who sold it and until when it is under warranty, and the values of its
 * class's attributes (already checked against the class, see {@link CiClass#checkValid}).
 *
 * @param name       what people call it ("HIS application server 1", "Ward 5E nurse station PC 2"), at most 200 characters
 * @param attributes attribute code to value in stored form
 */
public record CiDetails(AssetTag assetTag, String name, Optional<String> serialNumber, CiLocation location,
                        Optional<DepartmentId> owningDepartment, Optional<GroupId> supportGroup,
                        ServiceCriticality criticality, Optional<String> vendor, Optional<LocalDate> warrantyEnd,
                        ImmutableMap<String, String> attributes) {
    public CiDetails {
        checkNotNull(assetTag, "assetTag");
        checkNotNull(name, "name");
        name = name.strip();
        checkArgument(!name.isEmpty(), "the name of %s is blank", assetTag);
        checkArgument(name.length() <= 200, "the name of %s is longer than 200 characters", assetTag);
        serialNumber = optionalText("serialNumber", serialNumber, 100);
        checkNotNull(location, "location");
        owningDepartment = owningDepartment == null ? Optional.empty() : owningDepartment;
        supportGroup = supportGroup == null ? Optional.empty() : supportGroup;
        checkNotNull(criticality, "criticality");
        vendor = optionalText("vendor", vendor, 200);
        warrantyEnd = warrantyEnd == null ? Optional.empty() : warrantyEnd;
        attributes = attributes == null ? ImmutableMap.of() : ImmutableMap.copyOf(attributes);
    }

    /** Details with no optional part given; add the rest with the {@code with…} methods. */
    public static CiDetails of(AssetTag assetTag, String name, ServiceCriticality criticality) {
        return new CiDetails(assetTag, name, Optional.empty(), CiLocation.UNKNOWN, Optional.empty(), Optional.empty(),
                criticality, Optional.empty(), Optional.empty(), ImmutableMap.of());
    }

    private static Optional<String> optionalText(String field, Optional<String> value, int max) {
        Optional<String> stripped = value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
        stripped.ifPresent(v -> checkArgument(v.length() <= max, "the %s is longer than %s characters", field, max));
        return stripped;
    }

    public CiDetails withSerialNumber(String serial) {
        return new CiDetails(assetTag, name, Optional.ofNullable(serial), location, owningDepartment, supportGroup,
                criticality, vendor, warrantyEnd, attributes);
    }

    public CiDetails withLocation(CiLocation where) {
        return new CiDetails(assetTag, name, serialNumber, where, owningDepartment, supportGroup, criticality, vendor,
                warrantyEnd, attributes);
    }

    public CiDetails withOwner(DepartmentId department, GroupId group) {
        return new CiDetails(assetTag, name, serialNumber, location, Optional.ofNullable(department),
                Optional.ofNullable(group), criticality, vendor, warrantyEnd, attributes);
    }

    public CiDetails withVendor(String vendorName, LocalDate warrantyEndsOn) {
        return new CiDetails(assetTag, name, serialNumber, location, owningDepartment, supportGroup, criticality,
                Optional.ofNullable(vendorName), Optional.ofNullable(warrantyEndsOn), attributes);
    }

    public CiDetails withAttributes(Map<String, String> values) {
        return new CiDetails(assetTag, name, serialNumber, location, owningDepartment, supportGroup, criticality, vendor,
                warrantyEnd, ImmutableMap.copyOf(values));
    }

    /** The value of an attribute, if given. */
    public Optional<String> attribute(String code) {
        return Optional.ofNullable(attributes.get(code));
    }
}
