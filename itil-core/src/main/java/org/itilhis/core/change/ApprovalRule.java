package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itilhis.core.shared.StaffId;

/**
 * When a board approves, as data: "n of m members approve", "at least p percent of the
 * members approve" (GLPI's minimum percentage), "a holder of this seat approves", "at least n
 * votes are cast" (a quorum), and all of several rules.
 *
 * <p><b>Every rule is monotone:</b> once met, no further vote unmeets it (percentages count
 * approvals against the board's size, not against the votes cast; a rejection never cancels an
 * approval). This is what lets a {@link CabApproval} decide at the moment the rule is met and
 * never reverse itself; and it makes "can no longer be met" easy to know exactly: the rule is
 * not met even if every member still to vote approved. A new kind of rule must keep this
 * property, and the property test {@code CabApprovalProperties} checks it by brute force.
 */
public sealed interface ApprovalRule {
    /**
     * Whether the votes cast so far meet the rule.
     *
     * @param votes each voting member's choice; every key is a member of {@code board}
     */
    boolean isMetBy(ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes);

    /** A short English description, for agendas and the audit trail: {@code 3 of 7 members approve}. */
    String describe(ChangeAdvisoryBoard board);

    /** Whether some way the members still to vote could vote would meet the rule. */
    default boolean canStillBeMet(ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes) {
        Map<StaffId, Vote.Choice> best = new HashMap<>(votes);
        board.members().keySet().forEach(member -> best.putIfAbsent(member, Vote.Choice.APPROVE));
        return isMetBy(board, best);
    }

    static AtLeast atLeast(int approvals) {
        return new AtLeast(approvals);
    }

    static Percentage percentage(int percent) {
        return new Percentage(percent);
    }

    /** More than half of the members: 51 percent, which is a strict majority for boards of up to 50. */
    static Percentage majority() {
        return new Percentage(51);
    }

    static RoleMustApprove roleMustApprove(CabRole role) {
        return new RoleMustApprove(role);
    }

    static Quorum quorum(int votes) {
        return new Quorum(votes);
    }

    static AllOf allOf(ApprovalRule... rules) {
        return new AllOf(ImmutableList.copyOf(rules));
    }

    /** Whether {@code rule} can be met by {@code board} at all (every member approving). */
    static boolean isAttainable(ApprovalRule rule, ChangeAdvisoryBoard board) {
        return rule.canStillBeMet(board, Map.of());
    }

    private static long approvalsIn(Map<StaffId, Vote.Choice> votes) {
        return votes.values().stream().filter(choice -> choice == Vote.Choice.APPROVE).count();
    }

    /** "n of m": at least {@code approvals} members approve. */
    record AtLeast(int approvals) implements ApprovalRule {
        public AtLeast {
            checkArgument(approvals >= 1, "at least %s approvals", approvals);
        }

        @Override
        public boolean isMetBy(ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes) {
            return approvalsIn(votes) >= approvals;
        }

        @Override
        public String describe(ChangeAdvisoryBoard board) {
            return approvals + " of " + board.size() + " members approve";
        }
    }

    /** At least {@code percent} percent of the board's members (not of the votes cast) approve. */
    record Percentage(int percent) implements ApprovalRule {
        public Percentage {
            checkArgument(percent >= 1 && percent <= 100, "percentage %s outside 1 to 100", percent);
        }

        @Override
        public boolean isMetBy(ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes) {
            return approvalsIn(votes) * 100 >= (long) percent * board.size();
        }

        @Override
        public String describe(ChangeAdvisoryBoard board) {
            return "at least " + percent + "% of " + board.size() + " members approve";
        }
    }

    /** A member holding {@code role} approves (when several hold it, one approval suffices). */
    record RoleMustApprove(CabRole role) implements ApprovalRule {
        public RoleMustApprove {
            checkNotNull(role, "role");
        }

        @Override
        public boolean isMetBy(ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes) {
            return votes.entrySet().stream().anyMatch(vote -> vote.getValue() == Vote.Choice.APPROVE
                    && board.rolesOf(vote.getKey()).contains(role));
        }

        @Override
        public String describe(ChangeAdvisoryBoard board) {
            return "the " + role + " approves";
        }
    }

    /** At least {@code votes} members vote, either way. */
    record Quorum(int votes) implements ApprovalRule {
        public Quorum {
            checkArgument(votes >= 1, "a quorum of %s votes", votes);
        }

        @Override
        public boolean isMetBy(ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> cast) {
            return cast.size() >= votes;
        }

        @Override
        public String describe(ChangeAdvisoryBoard board) {
            return "at least " + votes + " votes cast";
        }
    }

    /** Every one of {@code rules}. */
    record AllOf(ImmutableList<ApprovalRule> rules) implements ApprovalRule {
        public AllOf {
            checkNotNull(rules, "rules");
            checkArgument(!rules.isEmpty(), "all of no rules");
        }

        public static AllOf of(List<? extends ApprovalRule> rules) {
            return new AllOf(ImmutableList.copyOf(rules));
        }

        @Override
        public boolean isMetBy(ChangeAdvisoryBoard board, Map<StaffId, Vote.Choice> votes) {
            return rules.stream().allMatch(rule -> rule.isMetBy(board, votes));
        }

        @Override
        public String describe(ChangeAdvisoryBoard board) {
            return rules.stream().map(rule -> rule.describe(board)).collect(Collectors.joining(" and "));
        }
    }
}
