package org.itilhis.ports.operations.service;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * The repaired items in the CMDB: what their records say about the vendor and the warranty, and
 * their lifecycle steps (under repair, back in use), taken through the CMDB's own use case so that
 * each item's history shows the step with a note naming the repair.
 *
 * <p>The CMDB command runs on the engineer's behalf (their staff id on the item's event), the
 * CMDB's own authorisation ({@code MANAGE_CMDB}) answered by repairs, which authorised the step
 * with {@code RECORD_REPAIR}, as release management runs its version updates.
 */
final class RepairItems {
    /** The hardware classes' attribute naming who made the item, when it has no vendor of its own. */
    static final String MANUFACTURER = "manufacturer";

    private final ConfigurationItemRepository items;
    private final CmdbUseCase cmdb;
    private final ZoneId zone;

    RepairItems(ConfigurationItemRepository items, CmdbUseCase cmdb, ZoneId zone) {
        this.items = items;
        this.cmdb = cmdb;
        this.zone = zone;
    }

    /** @throws CiNotFoundException if the item is not in the CMDB */
    CiDetails details(CiId ci) {
        return items.find(ci).orElseThrow(() -> new CiNotFoundException(ci)).snapshot().details();
    }

    /** The item's vendor, else its manufacturer, else {@code recorded}. */
    static Optional<String> vendor(CiDetails item, String recorded) {
        return item.vendor().or(() -> item.attribute(MANUFACTURER).filter(v -> !v.isBlank()))
                .or(() -> Optional.ofNullable(recorded).filter(v -> !v.isBlank()));
    }

    /** Under warranty on the day the item went down, by its warranty end; else {@code recorded}. */
    boolean underWarranty(CiDetails item, java.time.Instant downSince, Boolean recorded) {
        LocalDate day = LocalDate.ofInstant(downSince, zone);
        return item.warrantyEnd().map(end -> !day.isAfter(end)).orElse(Boolean.TRUE.equals(recorded));
    }

    void sendToRepair(Actor actor, Repair repair) {
        step(actor, repair, CiAction.SEND_TO_REPAIR, "repair " + repair.id() + ": " + repair.opening().fault());
    }

    void returnFromRepair(Actor actor, Repair repair) {
        step(actor, repair, CiAction.RETURN_FROM_REPAIR, "returned from repair " + repair.id());
    }

    private void step(Actor actor, Repair repair, CiAction action, String note) {
        String text = note.length() <= 2000 ? note : note.substring(0, 2000);
        cmdb.handle(new CmdbCommand.TakeLifecycleStep(onBehalfOf(actor), repair.ci(), null, action, null, text));
    }

    private static Actor onBehalfOf(Actor actor) {
        return new Actor(actor.staffId(), ImmutableSet.of(Role.SYSTEM), actor.origin());
    }
}
