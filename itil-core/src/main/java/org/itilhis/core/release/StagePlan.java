package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of a release, in the order they are entered, declared as data per release: the
 * hospital default is build, test, pilot ward, hospital-wide, and a release may declare its
 * own (a second pilot ward, a night-shift stage). Exactly one stage is hospital-wide: the one
 * flagged so, or, when none is flagged, the last. A flagged stage before the last lets a
 * release watch the whole hospital for a while (a "hypercare" stage) after going hospital-wide.
 */
public record StagePlan(ImmutableList<Stage> stages) {
    public static final int MAX_STAGES = 12;

    public StagePlan {
        checkNotNull(stages, "stages");
        checkArgument(!stages.isEmpty(), "a release has at least one stage");
        checkArgument(stages.size() <= MAX_STAGES, "a release has at most %s stages", MAX_STAGES);
        Set<String> names = new HashSet<>();
        for (Stage stage : stages) {
            checkArgument(names.add(stage.name()), "stage %s is declared twice", stage.name());
        }
        long flagged = stages.stream().filter(Stage::hospitalWide).count();
        checkArgument(flagged <= 1, "only one stage is hospital-wide, not %s", flagged);
        if (flagged == 0) {
            int last = stages.size() - 1;
            stages = ImmutableList.<Stage>builder().addAll(stages.subList(0, last))
                    .add(Stage.hospitalWide(stages.get(last).name())).build();
        }
    }

    /** The stages in order; the last is hospital-wide unless another is flagged. */
    public static StagePlan of(List<Stage> stages) {
        return new StagePlan(ImmutableList.copyOf(stages));
    }

    /** Stages by name, in order; the last is the hospital-wide one. */
    public static StagePlan named(String... names) {
        return of(Arrays.stream(names).map(Stage::of).toList());
    }

    /** Build, test, pilot ward, hospital-wide. */
    public static StagePlan hospitalDefault() {
        return named("build", "test", "pilot-ward", "hospital-wide");
    }

    public Optional<Stage> find(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The position of the stage named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Stage hospitalWideStage() {
        return stages.stream().filter(Stage::hospitalWide).findFirst().orElseThrow();
    }

    public ImmutableList<String> names() {
        return stages.stream().map(Stage::name).collect(ImmutableList.toImmutableList());
    }

    public int size() {
        return stages.size();
    }

    public Stage get(int index) {
        return stages.get(index);
    }
}
