package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;

/**
 * What one reading of the directory did: the snapshot was replaced, or the previous one was
 * kept because the directory could not be read whole. Counts and setting names only, never a
 * person's data.
 */
public sealed interface RefreshResult {

    /** When the refresh ended. */
    Instant at();

    /** Why an entry under {@code peopleBase} is not a member of staff in the snapshot. */
    enum LeftOut {
        /** The account is disabled ({@link DisabledAccounts}). */
        DISABLED,
        /** The entry has no value of the staff id attribute. */
        NO_STAFF_ID,
        /** The staff id is not one the library accepts (several values, blank, over 64 characters, the system's). */
        INVALID_STAFF_ID,
        /** Several entries hold the same staff id; none of them is taken. */
        DUPLICATE_STAFF_ID,
        /** No department, and no default department. */
        NO_DEPARTMENT,
        /** The department is not one the library accepts (over 64 characters). */
        INVALID_DEPARTMENT
    }

    /**
     * The new snapshot is in use.
     *
     * @param people  the active people in it
     * @param groups  the assignment groups in it
     * @param joined  people in it who were not in the previous one
     * @param left    people of the previous one who are not in it (deleted, disabled, moved out)
     * @param leftOut entries under {@code peopleBase} that are not in it, by reason
     */
    record Refreshed(Instant at, int people, int groups, int joined, int left, ImmutableMap<LeftOut, Integer> leftOut)
            implements RefreshResult {
        public Refreshed {
            checkNotNull(at, "at");
            checkNotNull(leftOut, "leftOut");
        }

        /** How many entries were left out for {@code reason}. */
        public int leftOut(LeftOut reason) {
            return leftOut.getOrDefault(reason, 0);
        }
    }

    /**
     * The directory could not be read whole, so the snapshot taken at {@code snapshotTakenAt}
     * stays in use.
     *
     * @param reason what failed: an LDAP result code, or that no person was found
     */
    record KeptPrevious(Instant at, String reason, Instant snapshotTakenAt) implements RefreshResult {
        public KeptPrevious {
            checkNotNull(at, "at");
            checkNotNull(reason, "reason");
            checkNotNull(snapshotTakenAt, "snapshotTakenAt");
        }
    }
}
