package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The incident or problem a repair answers, by its number ({@code INC-2027-000042},
 * {@code PRB-2027-000007}); the service checks it exists when the repair is opened.
 */
public record RepairLink(Kind kind, String number) {
    public enum Kind {
        INCIDENT,
        PROBLEM
    }

    public RepairLink {
        checkNotNull(kind, "kind");
        checkNotNull(number, "number");
        checkArgument(!number.isBlank(), "number is blank");
        number = number.strip();
    }

    public static RepairLink incident(String number) {
        return new RepairLink(Kind.INCIDENT, number);
    }

    public static RepairLink problem(String number) {
        return new RepairLink(Kind.PROBLEM, number);
    }
}
