package org.itilhis.ports.monitoring.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itilhis.ports.monitoring.out.StoredAlert;

/**
 * What a batch did to one incident, counted rather than written per alert: a storm of
 * thousands of alerts ends as one work log entry per incident and batch.
 */
final class IncidentNotes {
    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> recovered = new TreeMap<>();
    private final List<String> causes = new ArrayList<>();

    void added(StoredAlert stored) {
        added.merge(stored.alert().name(), 1, Integer::sum);
    }

    void recovered(StoredAlert stored) {
        recovered.merge(stored.alert().name(), 1, Integer::sum);
    }

    void causedBy(String item) {
        causes.add(item);
    }

    boolean anyRecovered() {
        return !recovered.isEmpty();
    }

    /** One line per kind: the alerts added and recovered by name with their counts, the new candidate cause. */
    String text() {
        StringBuilder text = new StringBuilder();
        if (!added.isEmpty()) {
            text.append("Monitoring: ").append(sum(added)).append(" further alert(s) ").append(added).append('\n');
        }
        if (!recovered.isEmpty()) {
            text.append("Monitoring: ").append(sum(recovered)).append(" alert(s) recovered ").append(recovered)
                    .append('\n');
        }
        if (!causes.isEmpty()) {
            text.append("Monitoring: candidate cause now ").append(causes.get(causes.size() - 1)).append('\n');
        }
        return text.toString().strip();
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
