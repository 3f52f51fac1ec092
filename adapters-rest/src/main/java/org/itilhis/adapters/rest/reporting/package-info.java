/**
 * Reporting over HTTP: the workload report ({@code /api/v1/reports/workload}) per engineer,
 * group and department with its time split into normal, overtime and holiday time and its
 * per-month trend, as JSON, as CSV (one view) and as an Excel workbook (a sheet per view),
 * headed in the reader's language. Served when the application is wired with reporting's
 * ports; what a reader sees of whom the core decides (VIEW_WORKLOAD).
 */
package org.itilhis.adapters.rest.reporting;
