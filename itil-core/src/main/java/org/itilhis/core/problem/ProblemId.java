package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The technical identity of a problem; people use its {@link ProblemNumber}. */
public record ProblemId(UUID value) {
    public ProblemId {
        checkNotNull(value, "value");
    }

    public static ProblemId parse(String text) {
        return new ProblemId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
