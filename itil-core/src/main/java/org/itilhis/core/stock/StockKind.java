package org.itilhis.core.stock;

/** Whether an item is used up (toner, labels) or replaces a failed part (a disk, a power supply). */
public enum StockKind {
    CONSUMABLE,
    SPARE_PART
}
