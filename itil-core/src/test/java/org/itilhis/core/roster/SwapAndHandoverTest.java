package org.itilhis.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.roster.RosterTest.AT;
import static org.itilhis.core.roster.RosterTest.LEAD;
import static org.itilhis.core.roster.RosterTest.LI;
import static org.itilhis.core.roster.RosterTest.NETWORK;
import static org.itilhis.core.roster.RosterTest.WANG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class SwapAndHandoverTest {
    private static final RosterId ROSTER = new RosterId(new UUID(2, 1));
    private static final SwapRequest COVER = new SwapRequest(ROSTER, NETWORK, SwapKind.COVER,
            new DutyRef(WANG, "NIGHT", LocalDate.parse("2027-02-10")), LI, Optional.empty(), "family dinner");

    @Test
    void aRequestedSwapIsApprovedOnceAndNothingFollowsATerminalState() {
        Swap swap = Swap.request(new SwapId(new UUID(3, 1)), COVER, AT);
        swap.approve(LEAD, AT.plusSeconds(60));

        assertThat(swap.status()).isEqualTo(SwapStatus.APPROVED);
        assertThat(swap.pullEvents()).extracting(SwapEvent::type).containsExactly("swap.requested", "swap.approved");
        assertThatThrownBy(() -> swap.withdraw(WANG, AT)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.getMessage()).contains("approved"));
    }

    @Test
    void aRejectionSaysWhy() {
        Swap swap = Swap.request(new SwapId(new UUID(3, 1)), COVER, AT);

        assertThatThrownBy(() -> swap.reject(" ", LEAD, AT)).isInstanceOf(MissingRequiredFieldException.class);
        swap.reject("Li is on leave that week", LEAD, AT);
        assertThat(swap.status()).isEqualTo(SwapStatus.REJECTED);
        assertThat(swap.decisionReason()).contains("Li is on leave that week");
        assertThat(Swap.restore(swap.snapshot()).snapshot()).isEqualTo(swap.snapshot());
    }

    @Test
    void onlyTheNamedEngineersSignTheirPartOnce() {
        Instant change = Instant.parse("2027-02-10T00:00:00Z");
        Handover handover = Handover.write(new HandoverId(new UUID(7, 1)), NETWORK, WANG, LI, change,
                List.of(HandoverItem.note("core switch 2 fan noisy")), WANG, change.minusSeconds(300));

        assertThatThrownBy(() -> handover.sign(HandoverParty.INCOMING, WANG, change))
                .isInstanceOf(NotAHandoverPartyException.class);
        handover.sign(HandoverParty.OUTGOING, WANG, change);
        assertThatThrownBy(() -> handover.sign(HandoverParty.OUTGOING, WANG, change))
                .isInstanceOf(HandoverAlreadySignedException.class);
        assertThat(handover.overdue(Duration.ofHours(1), change.plusSeconds(3600))).isFalse();
        assertThat(handover.overdue(Duration.ofHours(1), change.plusSeconds(3601))).isTrue();
        handover.sign(HandoverParty.INCOMING, LI, change.plusSeconds(60));
        assertThat(handover.signedByBoth()).isTrue();
        assertThat(handover.overdue(Duration.ofHours(1), change.plusSeconds(7200))).isFalse();
        assertThat(handover.pullEvents()).extracting(HandoverEvent::type)
                .containsExactly("handover.written", "handover.signed", "handover.signed");
    }
}
