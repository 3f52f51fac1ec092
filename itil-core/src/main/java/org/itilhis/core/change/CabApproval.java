package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * A board's approval of one change, as a value: the board as it was when approval was
 * requested, the rule its risk calls for, the votes cast in order and, once taken, the
 * decision and when.
 *
 * <p>The decision is taken by the vote at which the rule becomes met ({@link CabDecision#APPROVED})
 * or can no longer be met ({@link CabDecision#REJECTED}); not at a meeting's end, because
 * an emergency board votes by telephone at night and because a decision nobody can change any
 * more should not wait. Since every {@link ApprovalRule} is monotone, a decision is never
 * reversed: after it, votes are refused ({@link CabAlreadyDecidedException}). Each member votes
 * once ({@link AlreadyVotedException}); non-members do not vote ({@link NotACabMemberException}).
 * The compact constructor re-derives the decision from the votes, so a stored approval that
 * says otherwise is refused.
 *
 * @param decidedAt the instant of the deciding vote; present exactly when {@code decision} is
 */
public record CabApproval(ChangeAdvisoryBoard board, ApprovalRule rule, ImmutableList<Vote> votes,
                          Optional<CabDecision> decision, Optional<Instant> decidedAt) {
    public CabApproval {
        checkNotNull(board, "board");
        checkNotNull(rule, "rule");
        checkNotNull(votes, "votes");
        checkNotNull(decision, "decision");
        checkNotNull(decidedAt, "decidedAt");
        checkArgument(ApprovalRule.isAttainable(rule, board), "board %s cannot meet the rule %s even if all approve",
                board.id(), rule.describe(board));
        Map<StaffId, Vote.Choice> cast = new LinkedHashMap<>();
        Optional<CabDecision> derived = Optional.empty();
        Optional<Instant> derivedAt = Optional.empty();
        for (Vote vote : votes) {
            checkArgument(derived.isEmpty(), "vote %s after the decision %s", vote, derived);
            checkArgument(board.isMember(vote.member()), "vote by %s, not a member of %s", vote.member(), board.id());
            checkArgument(cast.put(vote.member(), vote.choice()) == null, "second vote by %s", vote.member());
            derived = decide(board, rule, cast);
            derivedAt = derived.map(d -> vote.at());
        }
        checkArgument(decision.equals(derived) && decidedAt.equals(derivedAt),
                "decision %s at %s, but the votes decide %s at %s", decision, decidedAt, derived, derivedAt);
    }

    /**
     * Opens the approval: no votes yet.
     *
     * @throws IllegalArgumentException if the board could not meet the rule even if every member approved
     *                                  (a board without the seat the rule needs: the policy and the boards disagree)
     */
    public static CabApproval open(ChangeAdvisoryBoard board, ApprovalRule rule) {
        return new CabApproval(board, rule, ImmutableList.of(), Optional.empty(), Optional.empty());
    }

    /**
     * The approval with {@code vote} added, and decided if that vote meets the rule or makes
     * it impossible.
     *
     * @throws CabAlreadyDecidedException if the board has decided already
     * @throws NotACabMemberException     if the voter is not a member of the board
     * @throws AlreadyVotedException      if the member has voted already
     */
    public CabApproval cast(Vote vote) {
        checkNotNull(vote, "vote");
        if (decision.isPresent()) {
            throw new CabAlreadyDecidedException(board.id(), vote.member(), decision.get());
        }
        if (!board.isMember(vote.member())) {
            throw new NotACabMemberException(board.id(), vote.member());
        }
        if (hasVoted(vote.member())) {
            throw new AlreadyVotedException(board.id(), vote.member());
        }
        ImmutableList<Vote> next = ImmutableList.<Vote>builder().addAll(votes).add(vote).build();
        Optional<CabDecision> decided = decide(board, rule, choices(next));
        return new CabApproval(board, rule, next, decided, decided.map(d -> vote.at()));
    }

    /** The decision the rule gives for {@code cast}, if any: approved when met, rejected when unattainable. */
    static Optional<CabDecision> decide(ChangeAdvisoryBoard board, ApprovalRule rule, Map<StaffId, Vote.Choice> cast) {
        if (rule.isMetBy(board, cast)) {
            return Optional.of(CabDecision.APPROVED);
        }
        return rule.canStillBeMet(board, cast) ? Optional.empty() : Optional.of(CabDecision.REJECTED);
    }

    private static Map<StaffId, Vote.Choice> choices(List<Vote> votes) {
        Map<StaffId, Vote.Choice> cast = new LinkedHashMap<>();
        votes.forEach(vote -> cast.put(vote.member(), vote.choice()));
        return cast;
    }

    public boolean isDecided() {
        return decision.isPresent();
    }

    public boolean hasVoted(StaffId member) {
        return votes.stream().anyMatch(vote -> vote.member().equals(member));
    }

    /** The members who have not voted, in the board's order: whom the chair still waits for. */
    public ImmutableSet<StaffId> awaited() {
        return board.members().keySet().stream().filter(member -> !hasVoted(member))
                .collect(ImmutableSet.toImmutableSet());
    }

    public long approvals() {
        return votes.stream().filter(vote -> vote.choice() == Vote.Choice.APPROVE).count();
    }

    public long rejections() {
        return votes.size() - approvals();
    }
}
