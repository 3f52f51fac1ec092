/**
 * The application services of monitoring: the intake that authenticates a delivery, reads it
 * in its source's format, maps each alert to an item and records it once; the correlator that
 * follows the alert log, keeps each item's operational state, and raises, adds to, groups and
 * resolves incidents through the service desk's and the CMDB's own use cases; the facade that
 * wires them from their ports.
 */
package org.itilhis.ports.monitoring.service;
