/**
 * Measurements of the service desk, not part of the published library and never run by the
 * build: JMH benchmarks of priority assessment, a whole incident lifecycle through the
 * application services and the work queue over the in-memory adapters, and
 * {@link org.itilhis.benchmarks.HttpLoadDriver}, which creates incidents over HTTP against the
 * REST adapter on PostgreSQL. Build {@code benchmarks/target/benchmarks.jar} with
 * {@code mvn -B -pl benchmarks -am -DskipTests package}; see {@code benchmarks/README.md}.
 */
package org.itilhis.benchmarks;
