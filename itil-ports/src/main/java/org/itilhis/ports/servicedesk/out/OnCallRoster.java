package org.itilhis.ports.servicedesk.out;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;

/**
 * Who is on call for an assignment group at an instant: the service desk's question, answered
 * by the duty roster, a practice above the desk that implements this port. Present only while
 * an on-call shift of the group covers the instant, that is outside the group's office hours;
 * the desk then gives a new ticket for a clinical-critical service to the first person of the
 * chain instead of leaving it in the group's queue. Called from several threads at once.
 */
public interface OnCallRoster {
    /** A roster that never has anyone on call: routing by group only. */
    OnCallRoster NONE = (group, at) -> Optional.empty();

    Optional<OnCallDuty> onCall(GroupId group, Instant at);
}
