/**
 * The CMDB over HTTP: configuration items, their classes, relationships, lifecycle, history
 * and redundancy, search, impact analysis, the items near a caller, the items a ticket
 * affects, and the CSV import, with their JSON records.
 */
package org.itilhis.adapters.rest.configuration;
