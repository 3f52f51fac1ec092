package org.itilhis.benchmarks;

import java.util.Arrays;

/**
 * Latencies in nanoseconds, recorded by one thread, merged after the run, and read as
 * nearest-rank percentiles.
 */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** All of these and of {@code others}, in one. */
    static Latencies merge(Iterable<Latencies> all) {
        Latencies merged = new Latencies();
        for (Latencies one : all) {
            for (int i = 0; i < one.size; i++) {
                merged.add(one.values[i]);
            }
        }
        Arrays.sort(merged.values, 0, merged.size);
        return merged;
    }

    /** The nearest-rank percentile ({@code 50}, {@code 99}) in milliseconds, of merged (sorted) latencies. */
    double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return values[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
    }
}
