package org.itilhis.adapters.rest.reporting;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The views of the workload report, each a sheet of the Excel workbook; a CSV export holds
 * one, named by the parameter {@code view} ({@code engineers} unless given).
 */
enum WorkloadView {
    ENGINEERS("engineers"), GROUPS("groups"), ENGINEER_DEPARTMENTS("engineer-departments"),
    CALLER_DEPARTMENTS("caller-departments"), TREND("trend"), RULES("rules");

    private final String key;

    WorkloadView(String key) {
        this.key = key;
    }

    /** The view's name in the parameter {@code view} and in the texts' keys. */
    String key() {
        return key;
    }

    static Optional<WorkloadView> parse(String key) {
        return Arrays.stream(values()).filter(view -> view.key.equals(key.strip())).findFirst();
    }

    /** The names a client may give, for the message that refuses another. */
    static String keys() {
        return Arrays.stream(values()).map(WorkloadView::key).collect(Collectors.joining(", "));
    }
}
