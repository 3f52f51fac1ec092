package org.itilhis.adapters.rest.archfixture;

import org.itilhis.benchmarks.archfixture.StandInBenchmark;
import org.itilhis.examples.archfixture.StandInScenario;
import org.itilhis.testkit.archfixture.StandInBuilder;

/** Planted violation: main code of an adapter using the testkit, an example and a benchmark. */
public final class DemoBackedAdapter {
    public Object[] parts() {
        return new Object[] {new StandInBuilder(), new StandInScenario(), new StandInBenchmark()};
    }
}
