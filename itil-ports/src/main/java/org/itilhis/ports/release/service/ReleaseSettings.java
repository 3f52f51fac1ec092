package org.itilhis.ports.release.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The hospital's own rules for release management.
 *
 * @param versionAttribute the CMDB attribute that holds the software version running on an item,
 *                         which a deployment sets and a rollback sets back; the hospital default
 *                         class catalogue declares it as {@code version} on the {@code software}
 *                         class and its children (HIS, EMR, LIS, PACS, databases, middleware), so
 *                         releases deploy to software items
 */
public record ReleaseSettings(String versionAttribute) {
    public ReleaseSettings {
        checkNotNull(versionAttribute, "versionAttribute");
        checkArgument(!versionAttribute.isBlank(), "versionAttribute is blank");
        versionAttribute = versionAttribute.strip();
    }

    /** The {@code version} attribute of the hospital default catalogue's software classes. */
    public static ReleaseSettings hospitalDefault() {
        return new ReleaseSettings("version");
    }
}
