package org.itilhis.benchmarks.archfixture;

/** Test-only stand-in for a benchmark, planted as a forbidden dependency of an adapter. */
public final class StandInBenchmark {
}
