package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What an engineer entered for one checklist item, before the template judges it: {@code passed}
 * for a pass / fail item, {@code reading} (as typed, so that a reading that is not a number is
 * refused naming the item) and optionally its {@code unit} for a reading, {@code choice} for a choice.
 */
public record ItemAnswer(String item, Optional<Boolean> passed, Optional<String> reading, Optional<String> unit,
                         Optional<String> choice, Optional<String> note) {
    public ItemAnswer {
        checkNotNull(item, "item");
        checkNotNull(passed, "passed");
        checkNotNull(reading, "reading");
        checkNotNull(unit, "unit");
        checkNotNull(choice, "choice");
        checkNotNull(note, "note");
    }

    public static ItemAnswer passed(String item, boolean passed) {
        return new ItemAnswer(item, Optional.of(passed), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static ItemAnswer reading(String item, String reading, String unit) {
        return new ItemAnswer(item, Optional.empty(), Optional.of(reading), Optional.ofNullable(unit), Optional.empty(),
                Optional.empty());
    }

    public static ItemAnswer choice(String item, String choice) {
        return new ItemAnswer(item, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(choice),
                Optional.empty());
    }
}
