package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * How a group's rounds due in {@code [from, to)} were done: per engineer, the rounds they
 * performed on time and late; per template, the rounds on time, late and missed, and those still
 * open (due, or overdue within their grace) which count in no rate.
 */
public record RoundCompletion(GroupId group, Instant from, Instant to, List<EngineerRounds> byEngineer,
                              List<TemplateRounds> byTemplate) {
    public RoundCompletion {
        checkNotNull(group, "group");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        byEngineer = List.copyOf(byEngineer);
        byTemplate = List.copyOf(byTemplate);
    }

    /** The rounds {@code engineer} performed: on time, late; by engineer. */
    public record EngineerRounds(StaffId engineer, int onTime, int late) {
        public EngineerRounds {
            checkNotNull(engineer, "engineer");
            checkArgument(onTime >= 0 && late >= 0, "negative counts");
        }

        /** The share of their rounds performed on time, 0 to 1. */
        public double onTimeRate() {
            return onTime + late == 0 ? 0 : (double) onTime / (onTime + late);
        }
    }

    /** The rounds of {@code template}: on time, late, missed, still open; by template code. */
    public record TemplateRounds(String template, int onTime, int late, int missed, int open) {
        public TemplateRounds {
            checkNotNull(template, "template");
            checkArgument(onTime >= 0 && late >= 0 && missed >= 0 && open >= 0, "negative counts");
        }

        /** The share of the closed rounds (recorded or missed) recorded at all, 0 to 1. */
        public double completionRate() {
            int closed = onTime + late + missed;
            return closed == 0 ? 0 : (double) (onTime + late) / closed;
        }

        /** The share of the closed rounds recorded on time, 0 to 1. */
        public double onTimeRate() {
            int closed = onTime + late + missed;
            return closed == 0 ? 0 : (double) onTime / closed;
        }
    }
}
