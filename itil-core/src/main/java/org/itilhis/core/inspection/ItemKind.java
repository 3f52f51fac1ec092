package org.itilhis.core.inspection;

/** What an engineer enters for a checklist item. */
public enum ItemKind {
    /** Passed or failed, as the engineer judges it (the fire suppression panel shows no fault). */
    PASS_FAIL,
    /** A number in the item's unit, failed outside its normal range (machine room temperature 18-27 °C). */
    READING,
    /** One of the item's listed options, failed when it is one of those marked failing (UPS status: normal, on battery, fault). */
    CHOICE
}
