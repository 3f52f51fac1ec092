package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;

/**
 * How much of an item a store room holds, never below zero, and whether the item's owner has
 * been told it reached its reorder threshold there ({@code reorderAlerted}: set when the
 * balance falls to or below the threshold, cleared when it rises above it again, so the owner
 * hears once per crossing).
 */
public record StockBalance(StockItemCode item, StoreRoomCode room, long quantity, boolean reorderAlerted) {
    public StockBalance {
        checkNotNull(item, "item");
        checkNotNull(room, "room");
        checkArgument(quantity >= 0, "the balance of %s in %s is negative: %s", item, room, quantity);
    }

    /** A room that has never held the item. */
    public static StockBalance empty(StockItemCode item, StoreRoomCode room) {
        return new StockBalance(item, room, 0, false);
    }

    /** The balance after receiving {@code received} (positive). */
    public StockBalance received(long received) {
        checkArgument(received > 0, "a receipt of %s is not positive", received);
        return new StockBalance(item, room, Math.addExact(quantity, received), reorderAlerted);
    }

    /**
     * The balance after taking {@code taken} (positive) out: an issue, or the sending side of a
     * transfer.
     *
     * @throws InsufficientStockException if the room holds less than {@code taken}
     */
    public StockBalance taken(long taken) {
        checkArgument(taken > 0, "taking %s is not positive", taken);
        if (taken > quantity) {
            throw new InsufficientStockException(item, room, quantity, taken);
        }
        return new StockBalance(item, room, quantity - taken, reorderAlerted);
    }

    /** The balance a stock-take counted ({@code counted}, zero or more), replacing this one. */
    public StockBalance counted(long counted) {
        checkArgument(counted >= 0, "a count of %s is negative", counted);
        return new StockBalance(item, room, counted, reorderAlerted);
    }

    /**
     * What the balance means for the owner under {@code threshold} (the item's in this room):
     * {@code ALERT} when it is at or below the threshold and the owner has not been told,
     * {@code REARM} when the owner was told and it is above again (or the threshold is gone).
     */
    public ReorderSignal reorderSignal(OptionalLong threshold) {
        boolean low = threshold.isPresent() && quantity <= threshold.getAsLong();
        if (low && !reorderAlerted) {
            return ReorderSignal.ALERT;
        }
        return !low && reorderAlerted ? ReorderSignal.REARM : ReorderSignal.NONE;
    }

    /** This balance with the signal applied to its alert flag. */
    public StockBalance signalled(ReorderSignal signal) {
        return switch (signal) {
            case ALERT -> new StockBalance(item, room, quantity, true);
            case REARM -> new StockBalance(item, room, quantity, false);
            case NONE -> this;
        };
    }

    /** What a change of balance means for the item's owner. */
    public enum ReorderSignal {
        /** Nothing to tell. */
        NONE,
        /** The balance fell to or below the threshold: tell the owner, once. */
        ALERT,
        /** The balance rose above the threshold: the next fall is told again. */
        REARM
    }
}
