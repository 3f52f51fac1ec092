package org.itilhis.adapters.rest.operations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.repair.Money;
import org.itilhis.core.repair.PartUsed;
import org.itilhis.core.repair.RepairLink;
import org.itilhis.core.repair.RepairSnapshot;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.ports.operations.in.DowntimeInterval;
import org.itilhis.ports.operations.in.RepairCosts;
import org.itilhis.ports.operations.in.RepairView;

/**
 * A repair as the API shows it: the item, fault, vendor, warranty, the incident or problem it
 * answers ({@code link}), status, downtime, cost, parts used and the steps allowed now, named as
 * the step paths are ({@code send-to-repair}, {@code return-from-repair}, ...).
 */
public record RepairJson(String id, String ci, String fault, String vendor, boolean underWarranty, String link,
                         RepairStatus status, Instant downtimeStart, Instant downtimeEnd, MoneyJson cost,
                         List<PartJson> parts, String cancelReason, String openedBy, Instant openedAt,
                         Instant updatedAt, List<String> allowedActions, long version) {
    static RepairJson of(RepairView view) {
        RepairSnapshot r = view.repair();
        return new RepairJson(r.id().toString(), r.opening().ci().toString(), r.opening().fault(),
                r.opening().vendor().orElse(null), r.opening().underWarranty(),
                r.opening().link().map(RepairLink::number).orElse(null), r.status(), r.opening().downtimeStart(),
                r.downtimeEnd().orElse(null), r.cost().map(MoneyJson::of).orElse(null),
                r.parts().stream().map(PartJson::of).toList(), r.cancelReason().orElse(null), r.openedBy().value(),
                r.openedAt(), r.updatedAt(), view.allowedActions().stream()
                .map(action -> action.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted().toList(),
                view.version());
    }

    public record MoneyJson(BigDecimal amount, String currency) {
        static MoneyJson of(Money money) {
            return new MoneyJson(money.amount(), money.currency());
        }
    }

    public record PartJson(String item, String room, int quantity, String by, Instant at) {
        static PartJson of(PartUsed part) {
            return new PartJson(part.item(), part.location(), part.quantity(), part.by().value(), part.at());
        }
    }

    /** {@code POST /repairs}: the item, its fault, and what the item's record does not say. */
    public record OpenRepairJson(String ci, String fault, String vendor, Boolean underWarranty, String link,
                                 String downtimeStart) {
    }

    /** {@code POST /repairs/{id}/send-to-repair}, {@code /return-from-repair}: where, how; the downtime's end. */
    public record StepNoteJson(String note, String downtimeEnd) {
    }

    /** {@code POST /repairs/{id}/record-cost}: the amount, in {@code currency} (CNY when absent). */
    public record CostJson(BigDecimal amount, String currency) {
    }

    /** {@code POST /repairs/{id}/use-parts}: {@code quantity} of stock item {@code item} from store room {@code room}. */
    public record PartsJson(String item, String room, Integer quantity) {
    }

    /** A page of repairs, oldest opened first, and the cursor of the next page ({@code null} on the last). */
    public record RepairPageJson(List<RepairJson> items, String next) {
    }

    public record CostsJson(Instant from, Instant to, List<VendorCostJson> vendors) {
    }

    public record VendorCostJson(String vendor, MoneyJson total, int repairs) {
        static VendorCostJson of(RepairCosts costs) {
            return new VendorCostJson(costs.vendor().orElse(null), MoneyJson.of(costs.total()), costs.repairs());
        }
    }

    public record DowntimeJson(Instant from, Instant to, List<IntervalJson> intervals) {
    }

    /** One item's time out of service for one repair; {@code end} absent while it runs. */
    public record IntervalJson(String ci, String repair, Instant start, Instant end) {
        static IntervalJson of(DowntimeInterval interval) {
            return new IntervalJson(interval.ci().toString(), interval.repair().toString(),
                    interval.downtime().start(), interval.downtime().end().orElse(null));
        }
    }
}
