package org.itilhis.core.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * One arrow of a workflow: {@code action} moves a record from {@code from} to {@code to}
 * when every guard holds and every required field is given. {@code from} and {@code to}
 * may be the same state (reassigning an assigned ticket, say).
 */
public record Transition<S extends Enum<S>, A extends Enum<A>, C>(
        S from, A action, S to, ImmutableSet<String> requiredFields, ImmutableList<Guard<C>> guards) {

    public Transition {
        checkNotNull(from, "from");
        checkNotNull(action, "action");
        checkNotNull(to, "to");
        checkNotNull(requiredFields, "requiredFields");
        checkNotNull(guards, "guards");
    }

    public boolean isSelfTransition() {
        return from == to;
    }
}
