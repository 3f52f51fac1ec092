package org.itilhis.ports.configuration.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.function.Function;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.shared.Actor;

/**
 * A command on the CMDB. Commands on an existing item carry {@code expectedVersion}, the
 * version the actor saw (an HTTP {@code If-Match}), or null to skip the check; a stale
 * version is refused with a version conflict and nothing changes.
 */
public sealed interface CmdbCommand {
    Actor actor();

    /**
     * Hands this command to {@code registration} if it registers a new item, or to
     * {@code onItem} if it acts on a stored one: the two kinds, each handled on its own.
     */
    <R> R dispatch(Function<RegisterCi, R> registration, Function<OnCi, R> onItem);

    /** Registers a new item of class {@code classCode}; {@code status} null means ordered. */
    record RegisterCi(@NotNull Actor actor, @NotBlank @Size(max = 64) String classCode, @NotNull @Valid CiData data,
                      CiStatus status) implements CmdbCommand {
        @Override
        public <R> R dispatch(Function<RegisterCi, R> registration, Function<OnCi, R> onItem) {
            return registration.apply(this);
        }
    }

    /** Commands on one stored item. */
    sealed interface OnCi extends CmdbCommand {
        CiId ci();

        @Override
        default <R> R dispatch(Function<RegisterCi, R> registration, Function<OnCi, R> onItem) {
            return onItem.apply(this);
        }

        Long expectedVersion();

        /** Hands this command to the {@code visitor} method for its type. */
        <R> R accept(Visitor<R> visitor);

        /**
         * One method per command on an item: whatever dispatches them implements it, so a new
         * command does not compile until each dispatcher says what it does with it.
         */
        interface Visitor<R> {
            R update(UpdateCi command);

            R takeLifecycleStep(TakeLifecycleStep command);

            R relate(Relate command);

            R unrelate(Unrelate command);

            R declareRedundancy(DeclareRedundancy command);

            R withdrawRedundancy(WithdrawRedundancy command);
        }
    }

    /** Replaces the item's details (its class stays); {@code note} says why. */
    record UpdateCi(@NotNull Actor actor, @NotNull CiId ci, @PositiveOrZero Long expectedVersion,
                    @NotNull @Valid CiData data, @Size(max = 500) String note) implements OnCi {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.update(this);
        }
    }

    /**
     * A lifecycle step; {@code location} is where a deployed item goes, {@code note} the reason
     * of a withdrawal, repair or retirement, or how the item was disposed of.
     */
    record TakeLifecycleStep(@NotNull Actor actor, @NotNull CiId ci, @PositiveOrZero Long expectedVersion,
                             @NotNull CiAction action, @Valid LocationData location, @Size(max = 2000) String note)
            implements OnCi {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.takeLifecycleStep(this);
        }
    }

    /** Relates the item to {@code to}: "ci runs on to". */
    record Relate(@NotNull Actor actor, @NotNull CiId ci, @PositiveOrZero Long expectedVersion,
                  @NotNull RelationshipType type, @NotNull CiId to) implements OnCi {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.relate(this);
        }
    }

    record Unrelate(@NotNull Actor actor, @NotNull CiId ci, @PositiveOrZero Long expectedVersion,
                    @NotNull RelationshipType type, @NotNull CiId to) implements OnCi {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unrelate(this);
        }
    }

    /**
     * The item is down when {@code failedMembers} (or {@code percent}%) of what it needs
     * through {@code through} are down, and degraded before; give one of the two.
     */
    record DeclareRedundancy(@NotNull Actor actor, @NotNull CiId ci, @PositiveOrZero Long expectedVersion,
                             @NotNull RelationshipType through, @Min(0) @Max(10_000) int failedMembers,
                             @Min(0) @Max(100) int percent) implements OnCi {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.declareRedundancy(this);
        }
    }

    record WithdrawRedundancy(@NotNull Actor actor, @NotNull CiId ci, @PositiveOrZero Long expectedVersion,
                              @NotNull RelationshipType through) implements OnCi {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.withdrawRedundancy(this);
        }
    }

    /** A location in a command; every part optional. */
    record LocationData(@Size(max = 100) String campus, @Size(max = 100) String building,
                        @Size(max = 100) String floor, @Size(max = 100) String room) {}
}
