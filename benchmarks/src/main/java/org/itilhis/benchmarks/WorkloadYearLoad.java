package org.itilhis.benchmarks;

/**
 * Not a test: loads (or reuses) the {@link WorkloadYear} and prints what the load took and the
 * tables' sizes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.WorkloadYearLoad [tickets]
 * </pre>
 */
public final class WorkloadYearLoad {
    private WorkloadYearLoad() {
    }

    public static void main(String[] args) {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (WorkloadYear year = WorkloadYear.open(tickets)) {
            if (year.loadedNow()) {
                year.markLoaded("loaded by WorkloadYearLoad: " + year.timings());
            }
            System.out.print(year.tableSizes("event", "ticket"));
        }
    }
}
