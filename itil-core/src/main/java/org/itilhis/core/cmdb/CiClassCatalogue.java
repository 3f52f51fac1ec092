package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.cmdb.AttributeDefinition.date;
import static org.itilhis.core.cmdb.AttributeDefinition.enumeration;
import static org.itilhis.core.cmdb.AttributeDefinition.ipAddress;
import static org.itilhis.core.cmdb.AttributeDefinition.macAddress;
import static org.itilhis.core.cmdb.AttributeDefinition.number;
import static org.itilhis.core.cmdb.AttributeDefinition.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.Text;

/**
 * The CI classes a hospital uses, by code. It is checked when built: codes are unique,
 * every parent is in the catalogue (the very same class), and the hierarchy has no cycle
 * and no attribute redefined with another type. {@link #hospitalDefault()} gives the
 * classes every hospital starts from; a hospital adds its own with {@link #with}.
 */
public final class CiClassCatalogue {
    private final ImmutableMap<String, CiClass> classes;

    private CiClassCatalogue(ImmutableMap<String, CiClass> classes) {
        this.classes = classes;
    }

    /**
     * A catalogue of {@code classes}, parents anywhere in it.
     *
     * @throws IllegalArgumentException naming the first broken rule
     */
    public static CiClassCatalogue of(Iterable<CiClass> classes) {
        Map<String, CiClass> byCode = new LinkedHashMap<>();
        for (CiClass ciClass : classes) {
            checkNotNull(ciClass, "class");
            checkArgument(byCode.put(ciClass.code(), ciClass) == null, "the class code %s is used twice", ciClass.code());
        }
        for (CiClass ciClass : byCode.values()) {
            checkHierarchy(ciClass, byCode);
        }
        return new CiClassCatalogue(ImmutableMap.copyOf(byCode));
    }

    public static CiClassCatalogue of(CiClass... classes) {
        return of(List.of(classes));
    }

    private static void checkHierarchy(CiClass ciClass, Map<String, CiClass> byCode) {
        Set<String> seen = new HashSet<>();
        for (CiClass c = ciClass; ; c = c.parent().orElseThrow()) {
            checkArgument(seen.add(c.code()), "the class %s is its own ancestor", c.code());
            if (c.parent().isEmpty()) {
                return;
            }
            CiClass parent = c.parent().get();
            checkArgument(parent.equals(byCode.get(parent.code())),
                    "the parent %s of the class %s is not in the catalogue", parent.code(), c.code());
            for (AttributeDefinition own : c.ownAttributes().values()) {
                AttributeDefinition inherited = parent.attributes().get(own.code());
                checkArgument(inherited == null || inherited.type() == own.type(),
                        "class %s redefines the attribute %s of type %s as %s", c.code(), own.code(),
                        inherited == null ? null : inherited.type(), own.type());
            }
        }
    }

    /** This catalogue with {@code ciClass} added, checked like any catalogue. */
    public CiClassCatalogue with(CiClass ciClass) {
        List<CiClass> all = new ArrayList<>(classes.values());
        all.add(ciClass);
        return of(all);
    }

    public Optional<CiClass> find(String code) {
        return Optional.ofNullable(classes.get(code));
    }

    /** The class with {@code code}; for codes known to exist. */
    public CiClass get(String code) {
        CiClass ciClass = classes.get(code);
        checkArgument(ciClass != null, "no CI class %s", code);
        return ciClass;
    }

    /** The codes of the ancestors of the class {@code code}, nearest first; none for an unknown code. */
    public ImmutableList<String> ancestorCodes(String code) {
        return find(code).map(c -> c.lineage().stream().skip(1).map(CiClass::code)
                .collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
    }

    /** Whether {@code code} names a service class (the class {@code service} or below it): a business service people use. */
    public boolean isService(String code) {
        return find(code).map(c -> c.lineage().stream().anyMatch(a -> a.code().equals("service"))).orElse(false);
    }

    /** Every class, in the order given. */
    public ImmutableList<CiClass> classes() {
        return classes.values().asList();
    }

    /** The classes directly below {@code parent}. */
    public ImmutableList<CiClass> childrenOf(CiClass parent) {
        return classes.values().stream().filter(c -> c.parent().filter(parent::equals).isPresent())
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * The classes every hospital starts from: hardware (workstation, printer, network
     * device, server, storage), software (application systems such as HIS, EMR, LIS and
     * PACS; database; middleware) and services (business services such as outpatient
     * registration, inpatient pharmacy and imaging).
     */
    public static CiClassCatalogue hospitalDefault() {
        List<CiClass> all = new ArrayList<>();
        CiClass hardware = add(all, CiClass.root("hardware", name("hardware"),
                text("manufacturer", 100), text("model", 100)));
        add(all, CiClass.childOf(hardware, "workstation", name("workstation"),
                text("hostname", 63).required(), ipAddress("ipAddress"), macAddress("macAddress"),
                text("operatingSystem", 100)));
        add(all, CiClass.childOf(hardware, "printer", name("printer"),
                enumeration("printerKind", "laser", "inkjet", "thermal", "label", "wristband").required(),
                ipAddress("ipAddress"), macAddress("macAddress")));
        add(all, CiClass.childOf(hardware, "network-device", name("network-device"),
                enumeration("deviceRole", "switch", "router", "firewall", "wireless-access-point",
                        "load-balancer").required(),
                ipAddress("managementIp").required(), macAddress("macAddress"), number("portCount", 1, 1024)));
        add(all, CiClass.childOf(hardware, "server", name("server"),
                text("hostname", 63).required(), ipAddress("ipAddress").required(), macAddress("macAddress"),
                number("cpuCores", 1, 4096), number("memoryGb", 1, 65536), text("operatingSystem", 100)));
        add(all, CiClass.childOf(hardware, "storage", name("storage"),
                number("capacityTb", 0, 1_000_000).required(), ipAddress("managementIp")));

        CiClass software = add(all, CiClass.root("software", name("software"),
                text("version", 50), date("supportEnd")));
        CiClass application = add(all, CiClass.childOf(software, "application-system", name("application-system"),
                text("vendorProduct", 100)));
        add(all, CiClass.childOf(application, "his", name("his")));
        add(all, CiClass.childOf(application, "emr", name("emr")));
        add(all, CiClass.childOf(application, "lis", name("lis")));
        add(all, CiClass.childOf(application, "pacs", name("pacs"), text("dicomAeTitle", 16)));
        add(all, CiClass.childOf(software, "database", name("database"),
                enumeration("engine", "oracle", "sql-server", "postgresql", "mysql", "dameng", "kingbase",
                        "other").required(),
                number("port", 1, 65535)));
        add(all, CiClass.childOf(software, "middleware", name("middleware"),
                enumeration("middlewareKind", "integration-engine", "message-queue", "application-server",
                        "web-server", "other").required()));

        CiClass service = add(all, CiClass.root("service", name("service"),
                enumeration("serviceHours", "24x7", "business-hours").required()));
        CiClass business = add(all, CiClass.childOf(service, "business-service", name("business-service")));
        add(all, CiClass.childOf(business, "outpatient-registration", name("outpatient-registration")));
        add(all, CiClass.childOf(business, "inpatient-pharmacy", name("inpatient-pharmacy")));
        add(all, CiClass.childOf(business, "imaging", name("imaging")));
        return of(all);
    }

    private static CiClass add(List<CiClass> all, CiClass ciClass) {
        all.add(ciClass);
        return ciClass;
    }

    private static Text name(String code) {
        return new Text("cmdb.class." + code, code.replace('-', ' '));
    }

    @Override
    public String toString() {
        return classes.keySet().toString();
    }
}
