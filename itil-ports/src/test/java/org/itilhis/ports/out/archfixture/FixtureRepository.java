package org.itilhis.ports.out.archfixture;

/** An outbound port, for the fixtures of the {@code in} package to misuse. */
public interface FixtureRepository {
    long count();
}
