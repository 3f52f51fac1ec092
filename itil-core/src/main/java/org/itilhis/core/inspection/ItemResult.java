package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The result of one checklist item in a recorded round: what was entered, whether it failed
 * (failed, out of range, a failing option), and for a failed item the number of the incident it
 * raised or was added to (the link back).
 */
public record ItemResult(String item, Optional<Boolean> passed, Optional<BigDecimal> reading, Optional<String> unit,
                         Optional<String> choice, Optional<String> note, boolean failed, Optional<String> incident) {
    public ItemResult {
        checkNotNull(item, "item");
        checkNotNull(passed, "passed");
        checkNotNull(reading, "reading");
        checkNotNull(unit, "unit");
        checkNotNull(choice, "choice");
        checkNotNull(note, "note");
        checkNotNull(incident, "incident");
        checkArgument(failed || incident.isEmpty(), "item %s passed yet links incident %s", item, incident);
    }

    static ItemResult passFail(String item, boolean passed, Optional<String> note) {
        return new ItemResult(item, Optional.of(passed), Optional.empty(), Optional.empty(), Optional.empty(), note,
                !passed, Optional.empty());
    }

    static ItemResult reading(String item, BigDecimal reading, String unit, boolean failed, Optional<String> note) {
        return new ItemResult(item, Optional.empty(), Optional.of(reading), Optional.of(unit), Optional.empty(), note,
                failed, Optional.empty());
    }

    static ItemResult choice(String item, String choice, boolean failed, Optional<String> note) {
        return new ItemResult(item, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(choice), note,
                failed, Optional.empty());
    }

    /** This failed result linked to incident {@code number}. */
    public ItemResult withIncident(String number) {
        checkArgument(failed, "item %s passed: no incident", item);
        return new ItemResult(item, passed, reading, unit, choice, note, true, Optional.of(checkNotNull(number)));
    }

    /** What was entered, as people read it: {@code 29.5 °C}, {@code failed}, {@code on battery}. */
    public String entered() {
        if (reading.isPresent()) {
            return reading.get().toPlainString() + unit.map(u -> " " + u).orElse("");
        }
        return choice.orElseGet(() -> passed.orElseThrow() ? "passed" : "failed");
    }
}
