package org.itilhis.ports.configuration.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;

/**
 * A fault found on a configuration item by one of the library's records.
 *
 * @param actor       who found it: the engineer who recorded the round, or the system (a timer)
 * @param ci          the item at fault
 * @param source      the kind of record that found it, a stable lower-case word: {@code inspection},
 *                    {@code backup}, {@code monitoring}
 * @param fault       what is at fault, stable across findings, so that finding it again adds to
 *                    the open incident: an inspection item's template and item code and the item
 *                    ({@code MR-DAILY/temperature/42}), a backup job's code
 * @param summary     the incident's summary when one is raised
 * @param description what was found, with the reading or the run, added to the incident
 * @param reference   the record that found it, to link back: {@code inspection-round 381}, {@code backup-run 97}
 * @param category    the routing category of a new incident; null routes it by the item's class
 *                    (or the settings' default)
 */
public record ReportFault(
        @NotNull Actor actor,
        @NotNull CiId ci,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*") String source,
        @NotBlank @Size(max = 200) String fault,
        @NotBlank @Size(max = 200) String summary,
        @NotBlank @Size(max = 8000) String description,
        @NotBlank @Size(max = 200) String reference,
        @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*") String category) {}
