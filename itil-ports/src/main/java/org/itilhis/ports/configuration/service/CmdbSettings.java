package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.RelationshipRules;

/** The hospital's CI classes and the relationships it allows between them. */
public record CmdbSettings(CiClassCatalogue classes, RelationshipRules rules) {
    public CmdbSettings {
        checkNotNull(classes, "classes");
        checkNotNull(rules, "rules");
    }

    /** The default classes and relationship rules every hospital starts from. */
    public static CmdbSettings hospitalDefault() {
        CiClassCatalogue classes = CiClassCatalogue.hospitalDefault();
        return new CmdbSettings(classes, RelationshipRules.hospitalDefault(classes));
    }
}
