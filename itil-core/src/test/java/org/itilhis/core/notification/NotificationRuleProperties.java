package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;

/** Rule matching: a rule narrows by type, then by priority and group only where it names them. */
class NotificationRuleProperties {
    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("ticket.assigned", "ticket.escalated", "ticket.resolved", "sla.threshold-crossed");
    }

    @Provide
    Arbitrary<Optional<GroupId>> groups() {
        return Arbitraries.of("desktop", "network", "his").map(GroupId::of).optional();
    }

    @Provide
    Arbitrary<Optional<Priority>> priorities() {
        return Arbitraries.of(Priority.class).optional();
    }

    @Provide
    Arbitrary<Set<Priority>> prioritySets() {
        return Arbitraries.of(Priority.class).set();
    }

    @Property
    void aRuleMatchesExactlyWhenTypePriorityAndGroupEachFit(
            @ForAll("types") String ruleType, @ForAll("prioritySets") Set<Priority> wanted,
            @ForAll("groups") Optional<GroupId> ruleGroup, @ForAll("types") String type,
            @ForAll("priorities") Optional<Priority> priority, @ForAll("groups") Optional<GroupId> holder) {
        NotificationRule rule = new NotificationRule(ruleType, ImmutableSet.copyOf(wanted), ruleGroup,
                RecipientRole.GROUP_LEAD, false);

        boolean expected = ruleType.equals(type)
                && (wanted.isEmpty() || priority.isPresent() && wanted.contains(priority.get()))
                && (ruleGroup.isEmpty() || ruleGroup.equals(holder));
        assertThat(rule.matches(type, priority, holder)).isEqualTo(expected);
    }

    @Property
    void namingMorePrioritiesNeverMatchesFewerEvents(
            @ForAll("prioritySets") Set<Priority> some, @ForAll("priorities") Optional<Priority> priority,
            @ForAll("groups") Optional<GroupId> holder) {
        if (some.isEmpty()) {
            return;
        }
        NotificationRule narrow = new NotificationRule("ticket.escalated", ImmutableSet.copyOf(some),
                Optional.empty(), RecipientRole.GROUP_LEAD, false);
        NotificationRule wider = new NotificationRule("ticket.escalated",
                ImmutableSet.<Priority>builder().addAll(some).add(Priority.P1).build(), Optional.empty(),
                RecipientRole.GROUP_LEAD, false);

        if (narrow.matches("ticket.escalated", priority, holder)) {
            assertThat(wider.matches("ticket.escalated", priority, holder)).isTrue();
        }
    }
}
