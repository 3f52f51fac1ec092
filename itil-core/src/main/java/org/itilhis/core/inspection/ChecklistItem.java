package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;

/**
 * One item of a checklist template: passed or failed, a reading in a unit with its normal range
 * (either bound may be open: UPS battery time at least 10 min), or a choice among options of
 * which some count as failed. An item may name the configuration item it inspects; otherwise it
 * inspects its template's.
 *
 * @param code           stable within the template, part of a failure's fault key ({@code temperature})
 * @param low            a reading's lowest normal value, included
 * @param high           a reading's highest normal value, included
 * @param failingOptions the options of a choice that count as failed
 */
public record ChecklistItem(String code, String name, ItemKind kind, Optional<CiId> ci, Optional<String> unit,
                            Optional<BigDecimal> low, Optional<BigDecimal> high, ImmutableList<String> options,
                            ImmutableSet<String> failingOptions) {
    public ChecklistItem {
        checkNotNull(code, "code");
        checkNotNull(name, "name");
        checkNotNull(kind, "kind");
        checkNotNull(ci, "ci");
        checkNotNull(unit, "unit");
        checkNotNull(low, "low");
        checkNotNull(high, "high");
        checkNotNull(options, "options");
        checkNotNull(failingOptions, "failingOptions");
        checkArgument(kind == ItemKind.READING ? unit.isPresent() && (low.isPresent() || high.isPresent())
                : unit.isEmpty() && low.isEmpty() && high.isEmpty(), "item %s: a unit and a range exactly for a reading", code);
        checkArgument(kind == ItemKind.CHOICE ? options.size() >= 2 && options.containsAll(failingOptions)
                && !failingOptions.isEmpty() : options.isEmpty() && failingOptions.isEmpty(),
                "item %s: options exactly for a choice", code);
    }

    /** A pass / fail item. */
    public static ChecklistItem passFail(String code, String name, Optional<CiId> ci) {
        return new ChecklistItem(code, name, ItemKind.PASS_FAIL, ci, Optional.empty(), Optional.empty(),
                Optional.empty(), ImmutableList.of(), ImmutableSet.of());
    }

    /** A reading in {@code unit}, normal from {@code low} to {@code high} (both included; either may be open). */
    public static ChecklistItem reading(String code, String name, Optional<CiId> ci, String unit,
                                        Optional<BigDecimal> low, Optional<BigDecimal> high) {
        return new ChecklistItem(code, name, ItemKind.READING, ci, Optional.of(unit), low, high, ImmutableList.of(),
                ImmutableSet.of());
    }

    /** A choice of {@code options}, failed when it is one of {@code failing}. */
    public static ChecklistItem choice(String code, String name, Optional<CiId> ci, List<String> options,
                                       Set<String> failing) {
        return new ChecklistItem(code, name, ItemKind.CHOICE, ci, Optional.empty(), Optional.empty(), Optional.empty(),
                ImmutableList.copyOf(options), ImmutableSet.copyOf(failing));
    }

    /**
     * Checks an item as a template's definition names it ({@code field}, such as {@code items[2]}),
     * before it is built.
     *
     * @throws InvalidChecklistException naming the field and what is wrong
     */
    public static ChecklistItem checked(String field, String code, String name, ItemKind kind, Optional<CiId> ci,
                                        Optional<String> unit, Optional<BigDecimal> low, Optional<BigDecimal> high,
                                        List<String> options, Set<String> failing) {
        Optional<String> strippedUnit = unit.map(String::strip).filter(u -> !u.isEmpty());
        if (kind != ItemKind.READING && (strippedUnit.isPresent() || low.isPresent() || high.isPresent())) {
            throw InvalidChecklistException.rangeNotForReading(field, code);
        }
        if (kind != ItemKind.CHOICE && (!options.isEmpty() || !failing.isEmpty())) {
            throw InvalidChecklistException.optionsNotForChoice(field, code);
        }
        switch (kind) {
            case PASS_FAIL -> {
                return passFail(code, name, ci);
            }
            case READING -> {
                if (strippedUnit.isEmpty()) {
                    throw InvalidChecklistException.readingWithoutUnit(field, code);
                }
                if (low.isEmpty() && high.isEmpty()) {
                    throw InvalidChecklistException.readingWithoutRange(field, code);
                }
                if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
                    throw InvalidChecklistException.rangeReversed(field, code, low.get(), high.get());
                }
                return reading(code, name, ci, strippedUnit.get(), low, high);
            }
            default -> {
                List<String> stripped = options.stream().map(String::strip).toList();
                if (stripped.size() < 2 || stripped.stream().anyMatch(String::isEmpty)
                        || new HashSet<>(stripped).size() != stripped.size()) {
                    throw InvalidChecklistException.choiceWithoutOptions(field, code, stripped);
                }
                Set<String> failingStripped = new HashSet<>();
                for (String option : failing) {
                    if (!stripped.contains(option.strip())) {
                        throw InvalidChecklistException.failingOptionUnknown(field, code, option, stripped);
                    }
                    failingStripped.add(option.strip());
                }
                if (failingStripped.isEmpty()) {
                    throw InvalidChecklistException.noFailingOption(field, code);
                }
                return choice(code, name, ci, stripped, failingStripped);
            }
        }
    }

    /**
     * What the engineer's {@code answer} makes of this item: the result, failed or not.
     *
     * @param template the template's code, for the refusals
     * @throws InvalidResultException if the answer does not fit the item: a reading not a number
     *         or in another unit, an option not listed, a reading for a pass / fail item
     */
    public ItemResult evaluate(String template, ItemAnswer answer) {
        checkArgument(answer.item().equals(code), "answer for %s given to %s", answer.item(), code);
        return switch (kind) {
            case PASS_FAIL -> {
                if (answer.passed().isEmpty() || answer.reading().isPresent() || answer.choice().isPresent()) {
                    throw InvalidResultException.passFailExpected(template, code);
                }
                yield ItemResult.passFail(code, answer.passed().get(), answer.note());
            }
            case READING -> {
                if (answer.reading().isEmpty() || answer.passed().isPresent() || answer.choice().isPresent()) {
                    throw InvalidResultException.readingExpected(template, code, unit.orElseThrow());
                }
                BigDecimal value = number(template, answer.reading().get());
                Optional<String> given = answer.unit().map(String::strip).filter(u -> !u.isEmpty());
                if (given.isPresent() && !given.get().equalsIgnoreCase(unit.orElseThrow())) {
                    throw InvalidResultException.wrongUnit(template, code, given.get(), unit.orElseThrow());
                }
                yield ItemResult.reading(code, value, unit.orElseThrow(), !inRange(value), answer.note());
            }
            case CHOICE -> {
                if (answer.choice().isEmpty() || answer.passed().isPresent() || answer.reading().isPresent()) {
                    throw InvalidResultException.choiceExpected(template, code, options);
                }
                String chosen = answer.choice().get().strip();
                if (!options.contains(chosen)) {
                    throw InvalidResultException.unknownOption(template, code, chosen, options);
                }
                yield ItemResult.choice(code, chosen, failingOptions.contains(chosen), answer.note());
            }
        };
    }

    private BigDecimal number(String template, String reading) {
        try {
            return new BigDecimal(reading.strip());
        } catch (NumberFormatException e) {
            throw InvalidResultException.notANumber(template, code, reading);
        }
    }

    /** Whether {@code value} is within the normal range. */
    public boolean inRange(BigDecimal value) {
        return low.map(l -> value.compareTo(l) >= 0).orElse(true) && high.map(h -> value.compareTo(h) <= 0).orElse(true);
    }

    /** The normal range as people write it: {@code 18-27 °C}, {@code ≥ 10 min}, {@code ≤ 85 %}. */
    public String range() {
        String u = unit.map(x -> " " + x).orElse("");
        if (low.isPresent() && high.isPresent()) {
            return low.get().toPlainString() + "-" + high.get().toPlainString() + u;
        }
        return low.map(l -> "≥ " + l.toPlainString() + u).orElseGet(() -> high.map(h -> "≤ " + h.toPlainString() + u)
                .orElse(""));
    }
}
