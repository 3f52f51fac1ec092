package org.itilhis.ports.problem.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;

/**
 * The desk solves a call at first contact with a published known error's workaround: the
 * contact is resolved with the resolution code {@code WORKAROUND} (its note naming the known
 * error) and the known error counts one more use. Needs {@code RESOLVE_AT_FIRST_CONTACT} on
 * the contact and {@code APPLY_WORKAROUND} on the problem.
 */
public record ResolveWithKnownError(@NotNull Actor actor, @NotNull ContactId contact, @NotNull ProblemId knownError,
                                    @NotBlank @Size(max = 3900) String note) {
}
