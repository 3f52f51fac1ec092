package org.itilhis.ports.operations.in;

import java.util.List;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StoreRoom;

/**
 * Keeping the consumables and spare parts: items and store rooms defined by those who manage
 * them ({@code MANAGE_STOCK_ITEMS}), stock received, issued and transferred ({@code MOVE_STOCK})
 * and counted ({@code TAKE_STOCK}). Each command runs in one transaction; the balance of an
 * item in a room never goes below zero, and a refused command changes nothing. When a movement
 * leaves a balance at or below the item's reorder threshold there, the item's owner is told
 * once (after the commit), until the balance rises above it again.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws StockItemNotFoundException for an unknown item
 * @throws StoreRoomNotFoundException for an unknown store room
 * @throws org.itilhis.core.shared.VersionConflictException if the record changed since {@code expectedVersion}
 */
public interface StockUseCase {
    /** @throws org.itilhis.core.stock.StockItemExistsException if the code is taken */
    StockItem defineItem(StockCommand.DefineItem command);

    StockItem reviseItem(StockCommand.ReviseItem command);

    /** @throws org.itilhis.core.stock.StockItemExistsException if a new room's code is taken */
    StoreRoom defineStoreRoom(StockCommand.DefineStoreRoom command);

    StockMovement.Received receive(StockCommand.Receive command);

    /** @throws org.itilhis.core.stock.InsufficientStockException if the room holds less than asked */
    StockMovement.Issued issue(StockCommand.Issue command);

    /** @throws org.itilhis.core.stock.InsufficientStockException if the sending room holds less than asked */
    StockMovement.Transferred transfer(StockCommand.Transfer command);

    StockMovement.Counted takeStock(StockCommand.TakeStock command);

    /**
     * Issues a repair's parts, one movement per part, all or none; joins the caller's
     * transaction when called inside one (the repair's), so that the repair and its parts
     * commit together.
     *
     * @throws org.itilhis.core.stock.InsufficientStockException naming the first part a room holds too few of
     */
    List<StockMovement.Issued> issueToRepair(StockCommand.IssueToRepair command);
}
