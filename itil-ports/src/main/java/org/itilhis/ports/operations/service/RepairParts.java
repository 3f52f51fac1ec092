package org.itilhis.ports.operations.service;

import java.util.List;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.in.StockUseCase;

/**
 * The spare parts a repair puts into its item, issued from the spare parts ledger through its own
 * use case inside the repair's transaction (so both commit together, or, when the store room
 * holds too few, neither), counted as the consumption of the item's owning department.
 */
final class RepairParts {
    private final StockUseCase stock;

    RepairParts(StockUseCase stock) {
        this.stock = stock;
    }

    /** @throws org.itilhis.core.stock.InsufficientStockException if {@code room} holds fewer than {@code quantity} */
    void issue(Actor actor, Repair repair, String item, String room, int quantity, RepairItems items) {
        String department = items.details(repair.ci()).owningDepartment().map(DepartmentId::value).orElse(null);
        stock.issueToRepair(new StockCommand.IssueToRepair(actor, repair.id().toString(),
                List.of(new StockCommand.Part(item, room, quantity)), department,
                "repair " + repair.id() + " of " + repair.ci()));
    }
}
