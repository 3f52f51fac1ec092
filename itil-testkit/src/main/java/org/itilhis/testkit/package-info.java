/**
 * The test kit: what integrators and researchers need to test against the library —
 * in-memory adapters ({@code memory}), the contract tests every adapter of an outbound
 * port must pass ({@code contract}), jqwik arbitraries and the workflow invariants as
 * reusable properties ({@code arbitraries}, {@code workflow}), and a small demo hospital
 * ({@link org.itilhis.testkit.DemoHospital}) with its CMDB ({@link org.itilhis.testkit.DemoCmdb}).
 */
package org.itilhis.testkit;
