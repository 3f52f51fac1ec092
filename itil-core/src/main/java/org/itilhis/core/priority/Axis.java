package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One side of a {@link PriorityMatrix}: its levels in order and, built once, the position
 * of each level, so that a lookup never scans the list.
 */
final class Axis<L> {
    private final String name;
    private final ImmutableList<L> levels;
    private final ImmutableMap<L, Integer> positions;

    private Axis(String name, ImmutableList<L> levels) {
        this.name = name;
        this.levels = levels;
        ImmutableMap.Builder<L, Integer> builder = ImmutableMap.builderWithExpectedSize(levels.size());
        for (int position = 0; position < levels.size(); position++) {
            builder.put(levels.get(position), position);
        }
        this.positions = builder.buildOrThrow();
    }

    static <L> Axis<L> of(String name, List<L> levels) {
        checkNotNull(levels, "%s levels", name);
        checkArgument(!levels.isEmpty(), "a priority matrix needs at least one %s level", name);
        Set<L> seen = new HashSet<>();
        for (L level : levels) {
            checkNotNull(level, "a %s level is null in %s", name, levels);
            checkArgument(seen.add(level), "%s %s is listed twice in %s", name, level, levels);
        }
        return new Axis<>(name, ImmutableList.copyOf(levels));
    }

    /** The position of {@code level}, or an exception naming it and the known levels. */
    int positionOf(L level) {
        checkNotNull(level, name);
        Integer position = positions.get(level);
        if (position == null) {
            throw new IllegalArgumentException(String.format("unknown %s %s; this matrix knows %s",
                    name, level, Joiner.on(", ").join(levels)));
        }
        return position;
    }

    boolean knows(L level) {
        return positions.containsKey(level);
    }

    ImmutableList<L> levels() {
        return levels;
    }

    int size() {
        return levels.size();
    }

    L get(int position) {
        return levels.get(position);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Axis<?> axis && name.equals(axis.name) && levels.equals(axis.levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }
}
