/**
 * Proactive problem detection (issue 15): {@link org.itilhis.core.problem.detection.DetectionRule}s
 * as data find clusters of incidents (the same CI, the same category at one location, within
 * days) that the problem manager accepts as a problem or dismisses with a reason.
 */
package org.itilhis.core.problem.detection;
