/**
 * JMH benchmarks of the service desk: priority assessment, a whole incident lifecycle
 * through the application services, and the work queue over the in-memory adapters. Not
 * part of the published library; build {@code benchmarks/target/benchmarks.jar} with
 * {@code mvn -B -pl benchmarks -am -DskipTests package} and run it with {@code java -jar}.
 */
package org.itilhis.benchmarks;
