package org.itilhis.core.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Predicate;

/**
 * A condition a transition needs besides its source state, such as "an engineer has
 * accepted the ticket". The name and description are data for people and tools; the
 * predicate is evaluated against the aggregate's current facts.
 *
 * @param <C> what the guard looks at, usually the aggregate itself
 */
public record Guard<C>(String name, String description, Predicate<C> test) {
    public Guard {
        checkNotNull(name, "name");
        checkNotNull(description, "description");
        checkNotNull(test, "test");
        checkArgument(name.matches("[a-z][a-z0-9-]*"), "guard name %s is not kebab-case", name);
    }

    public static <C> Guard<C> of(String name, String description, Predicate<C> test) {
        return new Guard<>(name, description, test);
    }

    public boolean holdsFor(C context) {
        return test.test(context);
    }

    @Override
    public String toString() {
        return name;
    }
}
