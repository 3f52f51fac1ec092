package org.itilhis.ports.problem.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;

/**
 * What the desk knows of a call, to find the known errors that match it; every part may be
 * missing, and a query with none finds nothing.
 *
 * @param cis      the configuration items the call is about
 * @param ciClass  their class as the CMDB codes it ({@code workstation}), at most {@value #MAX_CODE} characters
 * @param category the call's category in the tickets' coding ({@code his.outpatient}), at most {@value #MAX_CODE}
 * @param text     the caller's words (the contact's description, the ticket's summary), at most {@value #MAX_TEXT}
 */
public record KnownErrorQuery(ImmutableSet<CiId> cis, Optional<String> ciClass, Optional<String> category,
                              String text) {
    public static final int MAX_CODE = 100;
    public static final int MAX_TEXT = 10_000;

    public KnownErrorQuery {
        checkNotNull(cis, "cis");
        checkNotNull(ciClass, "ciClass");
        checkNotNull(category, "category");
        checkNotNull(text, "text");
        ciClass = ciClass.map(String::strip).filter(code -> !code.isEmpty());
        category = category.map(String::strip).filter(code -> !code.isEmpty());
        text = text.strip();
        checkArgument(ciClass.map(String::length).orElse(0) <= MAX_CODE, "ciClass is longer than %s", MAX_CODE);
        checkArgument(category.map(String::length).orElse(0) <= MAX_CODE, "category is longer than %s", MAX_CODE);
        checkArgument(text.length() <= MAX_TEXT, "text is longer than %s characters", MAX_TEXT);
    }

    /** A query by the caller's words alone. */
    public static KnownErrorQuery text(String text) {
        return new KnownErrorQuery(ImmutableSet.of(), Optional.empty(), Optional.empty(), text);
    }

    /** A query by everything known: any of the arguments but {@code text} may be null or empty. */
    public static KnownErrorQuery of(Iterable<CiId> cis, String ciClass, String category, String text) {
        return new KnownErrorQuery(cis == null ? ImmutableSet.of() : ImmutableSet.copyOf(cis),
                Optional.ofNullable(ciClass), Optional.ofNullable(category), text == null ? "" : text);
    }
}
