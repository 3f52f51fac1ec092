package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.problem.detection.ProblemDetection;

/** The hospital's own rules for problem management: its rules of proactive detection. */
public record ProblemSettings(ProblemDetection detection) {
    public ProblemSettings {
        checkNotNull(detection, "detection");
    }

    /** The detection rules of issue 15: 3 incidents on one CI or 5 of one category at one location within 7 days. */
    public static ProblemSettings hospitalDefault() {
        return new ProblemSettings(ProblemDetection.hospitalDefault());
    }
}
