package org.itilhis.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.configuration.in.CiData;

/**
 * The demo CMDB as data, before it is loaded: items in the order they are registered,
 * relationships between asset tags, and redundancy rules. Everything is computed from
 * indices, so two plans are equal and a loaded CMDB is the same on every adapter and run.
 */
final class DemoCmdbPlan {
    /** An item to register. */
    record Item(String classCode, CiData data, CiStatus status) {
        String tag() {
            return data.assetTag();
        }
    }

    /** "{@code from} {@code type} {@code to}", by asset tag. */
    record Link(String from, RelationshipType type, String to) {
    }

    /** {@code tag} is down when {@code failedMembers} of what it needs through {@code through} are down. */
    record Rule(String tag, RelationshipType through, int failedMembers) {
    }

    private final List<Item> items = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    List<Item> items() {
        return items;
    }

    List<Link> links() {
        return links;
    }

    List<Rule> rules() {
        return rules;
    }

    Draft item(String classCode, String tag, String name) {
        return new Draft(classCode, tag, name);
    }

    void link(String from, RelationshipType type, String to) {
        links.add(new Link(from, type, to));
    }

    void redundancy(String tag, RelationshipType through, int failedMembers) {
        rules.add(new Rule(tag, through, failedMembers));
    }

    /** A MAC address under a vendor's prefix ({@code aa:bb:cc}), unique per {@code serial}. */
    static String mac(String prefix, int serial) {
        return String.format("%s:%02x:%02x:%02x", prefix, (serial >> 16) & 0xff, (serial >> 8) & 0xff, serial & 0xff);
    }

    /** The fields of one item, filled in by chained calls and added to the plan by {@link #add()}. */
    final class Draft {
        private final String classCode;
        private final String tag;
        private final String name;
        private String serial;
        private String[] location = new String[4];
        private DepartmentId department;
        private GroupId group;
        private ServiceCriticality criticality = ServiceCriticality.GENERAL;
        private String vendor;
        private LocalDate warrantyEnd;
        private CiStatus status = CiStatus.IN_USE;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Draft(String classCode, String tag, String name) {
            this.classCode = classCode;
            this.tag = tag;
            this.name = name;
        }

        Draft serial(String serialNumber) {
            this.serial = serialNumber;
            return this;
        }

        Draft at(String campus, String building, String floor, String room) {
            this.location = new String[] {campus, building, floor, room};
            return this;
        }

        Draft owner(DepartmentId owningDepartment) {
            this.department = owningDepartment;
            return this;
        }

        Draft support(GroupId supportGroup) {
            this.group = supportGroup;
            return this;
        }

        Draft criticality(ServiceCriticality value) {
            this.criticality = value;
            return this;
        }

        Draft vendor(String name, LocalDate warranty) {
            this.vendor = name;
            this.warrantyEnd = warranty;
            return this;
        }

        Draft status(CiStatus value) {
            this.status = value;
            return this;
        }

        Draft attribute(String code, Object value) {
            attributes.put(code, String.valueOf(value));
            return this;
        }

        String add() {
            items.add(new Item(classCode, new CiData(tag, name, serial, location[0], location[1], location[2], location[3],
                    department == null ? null : department.value(), group == null ? null : group.value(), criticality,
                    vendor, warrantyEnd, attributes), status));
            return tag;
        }
    }
}
