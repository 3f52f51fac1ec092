/**
 * The application services of availability: declaring outages, setting targets, and the report
 * that gathers item outages from every source (declared, monitoring, repairs), the approved
 * change windows, and measures each service in its calendar; the facade that wires them.
 */
package org.itilhis.ports.availability.service;
