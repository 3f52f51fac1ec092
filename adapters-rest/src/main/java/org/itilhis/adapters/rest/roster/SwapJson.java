package org.itilhis.adapters.rest.roster;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.itilhis.adapters.rest.roster.RosterJson.DutyRefJson;
import org.itilhis.core.roster.SwapKind;
import org.itilhis.core.roster.SwapRequest;
import org.itilhis.core.roster.SwapSnapshot;
import org.itilhis.core.roster.SwapStatus;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.roster.in.SwapView;

/**
 * A duty swap as the API shows it: the request (the requester's duty, the counterpart and, for
 * an exchange, their duty in return), its status, the lead's decision, and the steps allowed now
 * ({@code approve}, {@code reject}, {@code withdraw}).
 */
public record SwapJson(String id, String roster, String group, SwapKind kind, DutyRefJson duty, String counterpart,
                       DutyRefJson counterpartDuty, String reason, Instant requestedAt, SwapStatus status,
                       String decidedBy, Instant decidedAt, String decisionReason, List<String> allowedActions,
                       long version) {
    static SwapJson of(SwapView view) {
        SwapSnapshot swap = view.state();
        SwapRequest request = swap.request();
        return new SwapJson(swap.id().toString(), request.roster().toString(), request.group().value(),
                request.kind(), DutyRefJson.of(request.duty()), request.counterpart().value(),
                request.counterpartDuty().map(DutyRefJson::of).orElse(null),
                request.reason().isEmpty() ? null : request.reason(), swap.requestedAt(), swap.status(),
                swap.decidedBy().map(StaffId::value).orElse(null), swap.decidedAt().orElse(null),
                swap.decisionReason().orElse(null), view.allowedActions().stream()
                .map(action -> action.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted().toList(),
                view.version());
    }

    /**
     * {@code POST /rosters/{id}/swaps}: the caller's duty on {@code shift} of {@code date} to
     * {@code counterpart}, who gives their duty on {@code counterpartShift} of {@code
     * counterpartDate} in return for an {@code EXCHANGE}.
     */
    public record RequestSwapJson(SwapKind kind, String shift, String date, String counterpart,
                                  String counterpartShift, String counterpartDate, String reason) {
    }

    /** The swaps of a group's rosters, newest request first. */
    public record SwapsJson(List<SwapJson> items) {
    }
}
