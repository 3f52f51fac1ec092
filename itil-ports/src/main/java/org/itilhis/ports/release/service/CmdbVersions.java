package org.itilhis.ports.release.service;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * The software versions of configuration items, read from the CMDB's store and changed only
 * through the CMDB's own command ({@link CmdbCommand.UpdateCi}), so that an item's history shows
 * each version it ran and the note names the release that set it.
 *
 * <p>The CMDB command runs on the deployer's behalf: its events carry the deployer's staff id,
 * while the CMDB's own authorisation ({@code MANAGE_CMDB}) is answered by release management,
 * which authorised the step with {@code DEPLOY_RELEASE} (a release manager needs no right to
 * edit every item of the CMDB to deploy a release to some of them).
 */
final class CmdbVersions {
    private final ConfigurationItemRepository items;
    private final CmdbUseCase cmdb;
    private final String attribute;

    CmdbVersions(ConfigurationItemRepository items, CmdbUseCase cmdb, String attribute) {
        this.items = items;
        this.cmdb = cmdb;
        this.attribute = attribute;
    }

    /**
     * The version {@code ci} runs now, by its attribute; empty when none is recorded (or the
     * recorded text is not a software version).
     *
     * @throws CiNotFoundException if the item is not in the CMDB
     */
    Optional<SoftwareVersion> current(CiId ci) {
        ConfigurationItem item = items.find(ci).orElseThrow(() -> new CiNotFoundException(ci));
        return item.snapshot().details().attribute(attribute)
                .filter(v -> !v.isBlank() && v.strip().length() <= SoftwareVersion.MAX_LENGTH)
                .map(SoftwareVersion::of);
    }

    /** Sets the version of {@code ci} to {@code version} by the CMDB's command, with {@code note}. */
    void set(Actor actor, CiId ci, SoftwareVersion version, String note) {
        ConfigurationItem item = items.find(ci).orElseThrow(() -> new CiNotFoundException(ci));
        CiDetails details = item.snapshot().details();
        Map<String, String> attributes = new LinkedHashMap<>(details.attributes());
        attributes.put(attribute, version.value());
        cmdb.handle(new CmdbCommand.UpdateCi(onBehalfOf(actor), ci, null, data(details, attributes), note));
    }

    private static Actor onBehalfOf(Actor actor) {
        return new Actor(actor.staffId(), ImmutableSet.of(Role.SYSTEM), actor.origin());
    }

    /** The item's details as the CMDB's command takes them, with {@code attributes}. */
    private static CiData data(CiDetails d, Map<String, String> attributes) {
        CiLocation at = d.location();
        return new CiData(d.assetTag().value(), d.name(), d.serialNumber().orElse(null), at.campus().orElse(null),
                at.building().orElse(null), at.floor().orElse(null), at.room().orElse(null),
                d.owningDepartment().map(DepartmentId::value).orElse(null),
                d.supportGroup().map(GroupId::value).orElse(null), d.criticality(), d.vendor().orElse(null),
                d.warrantyEnd().orElse((LocalDate) null), attributes);
    }
}
