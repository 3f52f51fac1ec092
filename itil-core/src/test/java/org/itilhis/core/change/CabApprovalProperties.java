package org.itilhis.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;

/**
 * The CAB rule against brute force: over random boards (one to six members with random
 * seats), random rules (nested up to two levels) and random vote sequences (members and
 * outsiders, repeated voters), a {@link CabApproval} decides exactly when a reference
 * evaluation says the rule is met, or no way the remaining members could vote (approve,
 * reject or not vote at all: 3^k completions, enumerated) would meet it; it never decides
 * earlier, never later, never reverses, and refuses every vote after deciding, by a
 * non-member, or by a member who voted.
 */
class CabApprovalProperties {
    private static final List<StaffId> PEOPLE = List.of(StaffId.of("P1"), StaffId.of("P2"), StaffId.of("P3"),
            StaffId.of("P4"), StaffId.of("P5"), StaffId.of("P6"), StaffId.of("P7"));
    private static final Instant START = Instant.parse("2026-03-03T01:00:00Z");

    @Property(tries = 2000)
    void theBoardDecidesExactlyWhenTheRuleIsMetOrOutOfReachAndNeverReverses(
            @ForAll("boards") ChangeAdvisoryBoard board, @ForAll("rules") ApprovalRule rule,
            @ForAll("ballots") List<Ballot> ballots) {
        if (!possible(rule, board, Map.of())) {
            assertThatThrownBy(() -> CabApproval.open(board, rule)).isInstanceOf(IllegalArgumentException.class);
            Statistics.label("outcome").collect("unattainable at opening");
            return;
        }
        CabApproval approval = CabApproval.open(board, rule);
        Map<StaffId, Vote.Choice> cast = new LinkedHashMap<>();
        int minute = 0;
        for (Ballot ballot : ballots) {
            Vote vote = new Vote(ballot.voter(), ballot.choice(), "", START.plusSeconds(60L * ++minute));
            CabApproval before = approval;
            if (before.isDecided() || !board.isMember(ballot.voter()) || cast.containsKey(ballot.voter())) {
                assertThatThrownBy(() -> before.cast(vote)).isInstanceOf(DomainException.class)
                        .isInstanceOfAny(CabAlreadyDecidedException.class, NotACabMemberException.class,
                                AlreadyVotedException.class);
                if (before.isDecided()) {
                    assertThatThrownBy(() -> before.cast(vote)).isInstanceOf(CabAlreadyDecidedException.class);
                }
                continue;
            }
            cast.put(ballot.voter(), ballot.choice());
            approval = before.cast(vote);
            Optional<CabDecision> expected = met(rule, board, cast) ? Optional.of(CabDecision.APPROVED)
                    : possible(rule, board, cast) ? Optional.empty() : Optional.of(CabDecision.REJECTED);
            assertThat(approval.decision()).as("decision after %s on %s under %s", cast, board.members(), rule)
                    .isEqualTo(expected);
            assertThat(approval.decidedAt()).isEqualTo(expected.map(d -> vote.at()));
        }
        Statistics.label("outcome").collect(approval.decision().map(Enum::name).orElse("open"));
    }

    // ---- the reference: the rule's meaning, counted directly ---------------------------

    private static boolean met(ApprovalRule rule, ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes) {
        long approvals = votes.values().stream().filter(c -> c == Vote.Choice.APPROVE).count();
        if (rule instanceof ApprovalRule.AtLeast r) {
            return approvals >= r.approvals();
        } else if (rule instanceof ApprovalRule.Percentage r) {
            return (double) approvals / board.size() >= r.percent() / 100.0 - 1e-9;
        } else if (rule instanceof ApprovalRule.RoleMustApprove r) {
            return votes.entrySet().stream().anyMatch(v -> v.getValue() == Vote.Choice.APPROVE
                    && board.members().get(v.getKey()).contains(r.role()));
        } else if (rule instanceof ApprovalRule.Quorum r) {
            return votes.size() >= r.votes();
        } else if (rule instanceof ApprovalRule.AllOf r) {
            return r.rules().stream().allMatch(child -> met(child, board, votes));
        }
        throw new AssertionError(rule);
    }

    /** Whether some completion of the votes (each member still to vote approves, rejects or abstains) meets the rule. */
    private static boolean possible(ApprovalRule rule, ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes) {
        List<StaffId> remaining = board.members().keySet().stream().filter(m -> !votes.containsKey(m)).toList();
        int completions = (int) Math.pow(3, remaining.size());
        for (int code = 0; code < completions; code++) {
            Map<StaffId, Vote.Choice> completed = new HashMap<>(votes);
            int rest = code;
            for (StaffId member : remaining) {
                int digit = rest % 3;
                rest /= 3;
                if (digit == 1) {
                    completed.put(member, Vote.Choice.APPROVE);
                } else if (digit == 2) {
                    completed.put(member, Vote.Choice.REJECT);
                }
            }
            if (met(rule, board, completed)) {
                return true;
            }
        }
        return false;
    }

    // ---- generators ------------------------------------------------------------------

    record Ballot(StaffId voter, Vote.Choice choice) {
    }

    @Provide
    Arbitrary<ChangeAdvisoryBoard> boards() {
        Arbitrary<Set<CabRole>> seats = Arbitraries.of(CabRole.IT_DIRECTOR, CabRole.CLINICAL_REPRESENTATIVE,
                CabRole.GROUP_LEAD).set().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(Arbitraries.integers().between(1, 6), seats.list().ofSize(6), Arbitraries.of(true, false))
                .as((size, roles, emergency) -> {
                    Map<StaffId, Set<CabRole>> members = new LinkedHashMap<>();
                    for (int i = 0; i < size; i++) {
                        members.put(PEOPLE.get(i), EnumSet.copyOf(roles.get(i)));
                    }
                    return ChangeAdvisoryBoard.of(CabId.of("board"), "Board", emergency, members);
                });
    }

    @Provide
    Arbitrary<ApprovalRule> rules() {
        return Arbitraries.lazyOf(CabApprovalProperties::simpleRule, () -> simpleRule().list().ofMinSize(1).ofMaxSize(3)
                .map(ApprovalRule.AllOf::of));
    }

    private static Arbitrary<ApprovalRule> simpleRule() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 6).map(ApprovalRule::atLeast),
                Arbitraries.integers().between(1, 100).map(ApprovalRule::percentage),
                Arbitraries.of(CabRole.IT_DIRECTOR, CabRole.CLINICAL_REPRESENTATIVE, CabRole.GROUP_LEAD)
                        .map(ApprovalRule::roleMustApprove),
                Arbitraries.integers().between(1, 6).map(ApprovalRule::quorum));
    }

    @Provide
    Arbitrary<List<Ballot>> ballots() {
        return Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.of(Vote.Choice.class)).as(Ballot::new)
                .list().ofMaxSize(10).map(ArrayList::new);
    }
}
