/**
 * Driven ports: what the application services need from the outside world. Adapters
 * implement them (in memory in {@code itil-testkit}, on JDBC in {@code adapters-jdbc}) and
 * prove their behaviour with the contract tests of the test kit.
 */
package org.itilhis.ports.out;
