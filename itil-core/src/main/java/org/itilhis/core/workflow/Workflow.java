package org.itilhis.core.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of one kind of record, declared as data: states, the initial state, the
 * terminal states, the fields actions may require and the transitions between states.
 *
 * <p>Aggregates call {@link #check} before every state change; it returns the transition
 * to take or throws a typed {@link WorkflowException} that names the allowed actions. The
 * structural soundness of a declaration (reachability, termination) is verified by the
 * workflow checker of the test kit, which is why the builder accepts any declaration whose
 * (state, action) pairs are unambiguous.
 *
 * @param <S> the state enum
 * @param <A> the action enum
 * @param <C> what guards look at
 */
public final class Workflow<S extends Enum<S>, A extends Enum<A>, C> {
    private final String name;
    private final Class<S> stateType;
    private final S initial;
    private final ImmutableSet<S> terminals;
    private final ImmutableMap<String, String> fields;
    private final ImmutableList<Transition<S, A, C>> transitions;
    private final ImmutableMap<S, ImmutableMap<A, Transition<S, A, C>>> byState;

    private Workflow(Builder<S, A, C> builder) {
        this.name = builder.name;
        this.stateType = builder.stateType;
        this.initial = builder.initial;
        this.terminals = ImmutableSet.copyOf(builder.terminals);
        this.fields = ImmutableMap.copyOf(builder.fields);
        this.transitions = ImmutableList.copyOf(builder.transitions);
        Map<S, Map<A, Transition<S, A, C>>> index = new LinkedHashMap<>();
        for (Transition<S, A, C> transition : transitions) {
            Transition<S, A, C> earlier = index.computeIfAbsent(transition.from(), s -> new LinkedHashMap<>())
                    .put(transition.action(), transition);
            checkArgument(earlier == null, "%s: action %s is declared twice from state %s",
                    name, transition.action(), transition.from());
        }
        ImmutableMap.Builder<S, ImmutableMap<A, Transition<S, A, C>>> frozen = ImmutableMap.builder();
        index.forEach((state, actions) -> frozen.put(state, ImmutableMap.copyOf(actions)));
        this.byState = frozen.build();
    }

    public static <S extends Enum<S>, A extends Enum<A>, C> Builder<S, A, C> builder(
            String name, Class<S> stateType, Class<A> actionType) {
        return new Builder<>(name, stateType, actionType);
    }

    /** The name used in messages and diagrams, e.g. {@code incident}. */
    public String name() {
        return name;
    }

    public ImmutableSet<S> states() {
        return ImmutableSet.copyOf(EnumSet.allOf(stateType));
    }

    public S initial() {
        return initial;
    }

    public ImmutableSet<S> terminals() {
        return terminals;
    }

    public boolean isTerminal(S state) {
        return terminals.contains(state);
    }

    /** Declared fields, name to description, that transitions may require. */
    public ImmutableMap<String, String> fields() {
        return fields;
    }

    public ImmutableList<Transition<S, A, C>> transitions() {
        return transitions;
    }

    /** The actions declared from {@code state}, in declaration order (guards not evaluated). */
    public ImmutableSet<A> allowedActions(S state) {
        return byState.getOrDefault(state, ImmutableMap.of()).keySet();
    }

    public Optional<Transition<S, A, C>> find(S state, A action) {
        return Optional.ofNullable(byState.getOrDefault(state, ImmutableMap.of()).get(action));
    }

    /**
     * The transition {@code action} takes from {@code state}, after checking its guards
     * against {@code context} and its required fields against {@code presentFields}.
     *
     * @throws IllegalTransitionException   if the action is not allowed from the state
     * @throws MissingRequiredFieldException if a required field is not among {@code presentFields}
     * @throws GuardFailedException          if a guard does not hold
     */
    public Transition<S, A, C> check(S state, A action, C context, Set<String> presentFields) {
        Transition<S, A, C> transition = find(state, action).orElseThrow(
                () -> new IllegalTransitionException(name, state, action, allowedActions(state)));
        for (String field : transition.requiredFields()) {
            if (!presentFields.contains(field)) {
                throw new MissingRequiredFieldException(name, action, field);
            }
        }
        for (Guard<C> guard : transition.guards()) {
            if (!guard.holdsFor(context)) {
                throw new GuardFailedException(name, action, guard);
            }
        }
        return transition;
    }

    /** The workflow as a Mermaid {@code stateDiagram-v2}, for READMEs and reviews. */
    public String toMermaid() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(initial).append('\n');
        for (Transition<S, A, C> t : transitions) {
            out.append("    ").append(t.from()).append(" --> ").append(t.to()).append(" : ").append(label(t)).append('\n');
        }
        for (S terminal : terminals) {
            out.append("    ").append(terminal).append(" --> [*]\n");
        }
        return out.toString();
    }

    private static String label(Transition<?, ?, ?> t) {
        String label = t.action().name().toLowerCase(Locale.ROOT);
        if (!t.guards().isEmpty()) {
            label += " [" + String.join(", ", t.guards().stream().map(Guard::name).toList()) + "]";
        }
        return label;
    }

    @Override
    public String toString() {
        return "Workflow[" + name + ", " + transitions.size() + " transitions]";
    }

    /** Declares a workflow; {@link #build()} rejects ambiguous declarations. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>, C> {
        private final String name;
        private final Class<S> stateType;
        private S initial;
        private final Set<S> terminals;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<Transition<S, A, C>> transitions = new ArrayList<>();

        private Builder(String name, Class<S> stateType, Class<A> actionType) {
            this.name = checkNotNull(name, "name");
            this.stateType = checkNotNull(stateType, "stateType");
            checkNotNull(actionType, "actionType");
            this.terminals = EnumSet.noneOf(stateType);
        }

        public Builder<S, A, C> initial(S state) {
            this.initial = checkNotNull(state, "state");
            return this;
        }

        @SafeVarargs
        public final Builder<S, A, C> terminal(S... states) {
            terminals.addAll(Arrays.asList(states));
            return this;
        }

        public Builder<S, A, C> field(String field, String description) {
            fields.put(checkNotNull(field, "field"), checkNotNull(description, "description"));
            return this;
        }

        /** Starts declaring what {@code action} does; finish with {@code to(...)}. */
        public TransitionDeclaration on(A action) {
            return new TransitionDeclaration(checkNotNull(action, "action"));
        }

        public Workflow<S, A, C> build() {
            checkState(initial != null, "%s: no initial state", name);
            checkState(!terminals.contains(initial), "%s: the initial state %s is terminal", name, initial);
            return new Workflow<>(this);
        }

        /** One action's sources, target, required fields and guards. */
        public final class TransitionDeclaration {
            private final A action;
            private final List<S> sources = new ArrayList<>();
            private final List<String> required = new ArrayList<>();
            private final List<Guard<C>> guards = new ArrayList<>();

            private TransitionDeclaration(A action) {
                this.action = action;
            }

            @SafeVarargs
            public final TransitionDeclaration from(S... states) {
                sources.addAll(Arrays.asList(states));
                return this;
            }

            public TransitionDeclaration requires(String... fieldNames) {
                required.addAll(Arrays.asList(fieldNames));
                return this;
            }

            @SafeVarargs
            public final TransitionDeclaration when(Guard<C>... conditions) {
                guards.addAll(Arrays.asList(conditions));
                return this;
            }

            /** Moves to {@code target}; {@code null} target keeps the source state (a self-transition). */
            public Builder<S, A, C> to(S target) {
                checkState(!sources.isEmpty(), "%s: action %s has no source state", name, action);
                for (S source : sources) {
                    transitions.add(new Transition<>(source, action, target == null ? source : target,
                            ImmutableSet.copyOf(required), ImmutableList.copyOf(guards)));
                }
                return Builder.this;
            }

            /** A self-transition from every source state. */
            public Builder<S, A, C> stay() {
                return to(null);
            }
        }
    }
}
