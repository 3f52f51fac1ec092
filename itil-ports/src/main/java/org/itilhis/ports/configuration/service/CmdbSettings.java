package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.RelationshipRules;

/**
 * The hospital's CI classes, the relationships it allows between them, and how the incidents
 * the library raises for faults on items are logged.
 */
public record CmdbSettings(CiClassCatalogue classes, RelationshipRules rules, FaultIncidentSettings faults) {
    public CmdbSettings {
        checkNotNull(classes, "classes");
        checkNotNull(rules, "rules");
        checkNotNull(faults, "faults");
    }

    /** The default classes, relationship rules and fault incidents every hospital starts from. */
    public static CmdbSettings hospitalDefault() {
        CiClassCatalogue classes = CiClassCatalogue.hospitalDefault();
        return new CmdbSettings(classes, RelationshipRules.hospitalDefault(classes),
                FaultIncidentSettings.hospitalDefault());
    }

    /** These settings with {@code faults} instead. */
    public CmdbSettings withFaults(FaultIncidentSettings faults) {
        return new CmdbSettings(classes, rules, faults);
    }
}
