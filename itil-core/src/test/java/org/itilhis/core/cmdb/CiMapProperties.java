package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link CiMap} against a {@link HashMap} under random puts and removals, with keys whose hashes
 * collide in full (ids {@code (0, n)} and {@code (n, 0)} hash alike) and in their low bits, and
 * every earlier version of the map checked unchanged after the later ones were derived from it.
 */
class CiMapProperties {

    /** An operation: key number, value (0 removes), and whether the key is the colliding twin. */
    record Op(int key, int value, boolean twin) {
        CiId id() {
            return new CiId(twin ? new UUID(key, 0) : new UUID(0, key));
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = net.jqwik.api.Combinators.combine(Arbitraries.oneOf(Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(0, 5_000).map(n -> n * 1024)),
                Arbitraries.integers().between(0, 5), Arbitraries.of(true, false)).as(Op::new);
        return op.list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void changedCopiesHoldWhatAHashMapHoldsAndOlderVersionsStayAsTheyWere(@ForAll("operations") List<Op> operations) {
        CiMap<Integer> map = CiMap.empty();
        Map<CiId, Integer> expected = new HashMap<>();
        List<CiMap<Integer>> versions = new ArrayList<>();
        List<Map<CiId, Integer>> expectedVersions = new ArrayList<>();
        for (Op op : operations) {
            map = op.value() == 0 ? map.without(op.id()) : map.with(op.id(), op.value());
            if (op.value() == 0) {
                expected.remove(op.id());
            } else {
                expected.put(op.id(), op.value());
            }
            versions.add(map);
            expectedVersions.add(new HashMap<>(expected));
        }
        for (int i = 0; i < versions.size(); i++) {
            CiMap<Integer> version = versions.get(i);
            assertThat(version.size()).isEqualTo(expectedVersions.get(i).size());
            assertThat(version.asMap()).isEqualTo(expectedVersions.get(i));
            for (Op op : operations) {
                assertThat(version.get(op.id())).isEqualTo(expectedVersions.get(i).get(op.id()));
            }
        }
    }

    @Property(tries = 200)
    void aBuilderEditsInPlaceYetLeavesTheMapItStartedFromAlone(@ForAll("operations") List<Op> first,
            @ForAll("operations") List<Op> then) {
        CiMap.Builder<Integer> builder = CiMap.<Integer>empty().toBuilder();
        Map<CiId, Integer> expected = new HashMap<>();
        apply(first, builder, expected);
        CiMap<Integer> built = builder.build();
        Map<CiId, Integer> builtExpected = new HashMap<>(expected);
        apply(then, builder, expected);
        CiMap.Builder<Integer> other = built.toBuilder();
        apply(then, other, new HashMap<>(builtExpected));
        assertThat(built.asMap()).isEqualTo(builtExpected);
        assertThat(builder.build().asMap()).isEqualTo(expected);
        assertThat(other.build().asMap()).isEqualTo(expected);
        assertThat(built.asMap()).isEqualTo(builtExpected);
    }

    private static void apply(List<Op> operations, CiMap.Builder<Integer> builder, Map<CiId, Integer> expected) {
        for (Op op : operations) {
            if (op.value() == 0) {
                builder.remove(op.id());
                expected.remove(op.id());
            } else {
                builder.put(op.id(), op.value());
                expected.put(op.id(), op.value());
            }
            assertThat(builder.size()).isEqualTo(expected.size());
        }
    }

    @Test
    void aHundredThousandItemsAreFoundAndIteratedOnce() {
        CiMap.Builder<Integer> builder = CiMap.<Integer>empty().toBuilder();
        for (int i = 0; i < 100_000; i++) {
            builder.put(new CiId(UUID.randomUUID()), i);
        }
        CiMap<Integer> map = builder.build();
        assertThat(map.size()).isEqualTo(100_000);
        assertThat(map.keySet()).hasSize(100_000);
        long[] sum = {0};
        map.forEach((id, value) -> sum[0] += value);
        assertThat(sum[0]).isEqualTo(100_000L * 99_999 / 2);
    }
}
