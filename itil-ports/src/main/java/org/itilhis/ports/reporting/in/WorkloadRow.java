package org.itilhis.ports.reporting.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One row of a view of the workload report: whose figures ({@code key}: an engineer's staff
 * id, a group id, a department id) and the figures.
 *
 * @param key the engineer, group or department; {@link #NONE} for contacts logged by someone in
 *            no group, or an engineer the directory does not know, and in the engineers' view
 *            for no one's work (inspection rounds the library flagged missed)
 */
public record WorkloadRow(String key, WorkloadFigures figures) {
    /** The key of work without a group or department. */
    public static final String NONE = "";

    public WorkloadRow {
        checkNotNull(key, "key");
        checkNotNull(figures, "figures");
        checkArgument(key.length() <= 64, "key longer than 64 characters");
    }
}
