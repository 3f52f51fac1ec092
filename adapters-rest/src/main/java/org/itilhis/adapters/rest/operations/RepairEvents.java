package org.itilhis.adapters.rest.operations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.core.repair.RepairEvent;
import org.itilhis.core.repair.RepairLink;
import org.itilhis.core.shared.DomainEvent;

/**
 * A repair's history as {@link EventJson}: the stable type ({@code repair.opened}, {@code
 * repair.sent-to-repair}), who, when, and the facts of the step in {@code data}, named as in
 * {@link RepairJson}.
 */
final class RepairEvents {
    private RepairEvents() {
    }

    static EventJson of(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof RepairEvent.Opened e) {
            data.put("ci", e.ci().toString());
            data.put("fault", e.fault());
            data.put("vendor", e.vendor().orElse(null));
            data.put("underWarranty", e.underWarranty());
            data.put("link", e.link().map(RepairLink::number).orElse(null));
            data.put("downtimeStart", e.downtimeStart().toString());
        } else if (event instanceof RepairEvent.SentToRepair e) {
            data.put("note", e.note().orElse(null));
        } else if (event instanceof RepairEvent.Returned e) {
            data.put("downtimeEnd", e.downtimeEnd().toString());
            data.put("note", e.note().orElse(null));
        } else if (event instanceof RepairEvent.CostRecorded e) {
            data.put("cost", RepairJson.MoneyJson.of(e.cost()));
        } else if (event instanceof RepairEvent.PartsUsed e) {
            data.put("item", e.item());
            data.put("room", e.location());
            data.put("quantity", e.quantity());
        } else if (event instanceof RepairEvent.Cancelled e) {
            data.put("reason", e.reason());
        }
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(),
                Collections.unmodifiableMap(data));
    }
}
