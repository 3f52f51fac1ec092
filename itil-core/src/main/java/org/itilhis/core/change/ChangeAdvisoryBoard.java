package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.shared.StaffId;

/**
 * A change advisory board: the people who advise on and authorise changes, each with their
 * seats ({@link CabRole}s). An emergency board (ECAB) is a smaller board that can meet at
 * once; it approves emergency changes only, and a normal board normal changes only.
 *
 * <p>A {@link CabApproval} keeps the board as it was when approval was requested, so that a
 * member joining or leaving later changes neither the rule's arithmetic nor who may vote.
 */
public record ChangeAdvisoryBoard(CabId id, String name, boolean emergency,
                                  ImmutableMap<StaffId, ImmutableSet<CabRole>> members) {
    /** The board of one that approves low-risk normal changes: the change manager. */
    public static final CabId CHANGE_MANAGER_ALONE = CabId.of("change-manager");

    public ChangeAdvisoryBoard {
        checkNotNull(id, "id");
        name = ChangeDetails.text(name, "name", 200);
        checkNotNull(members, "members");
        checkArgument(!members.isEmpty(), "board %s has no members", id);
        members.forEach((member, roles) -> checkArgument(!roles.isEmpty(), "member %s of %s holds no seat", member, id));
    }

    /** A board from members and their seats. */
    public static ChangeAdvisoryBoard of(CabId id, String name, boolean emergency, Map<StaffId, ? extends Set<CabRole>> members) {
        ImmutableMap.Builder<StaffId, ImmutableSet<CabRole>> copy = ImmutableMap.builder();
        members.forEach((member, roles) -> copy.put(member, ImmutableSet.copyOf(roles)));
        return new ChangeAdvisoryBoard(id, name, emergency, copy.buildOrThrow());
    }

    /** The change manager alone, for the changes whose risk needs no board ({@link ApprovalPolicy}). */
    public static ChangeAdvisoryBoard changeManagerAlone(StaffId changeManager) {
        return new ChangeAdvisoryBoard(CHANGE_MANAGER_ALONE, "change manager", false,
                ImmutableMap.of(changeManager, ImmutableSet.of(CabRole.CHANGE_MANAGER)));
    }

    public boolean isMember(StaffId staff) {
        return members.containsKey(staff);
    }

    public ImmutableSet<CabRole> rolesOf(StaffId member) {
        return members.getOrDefault(member, ImmutableSet.of());
    }

    /** The members holding {@code role}. */
    public ImmutableSet<StaffId> holders(CabRole role) {
        return members.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey)
                .collect(ImmutableSet.toImmutableSet());
    }

    public int size() {
        return members.size();
    }
}
