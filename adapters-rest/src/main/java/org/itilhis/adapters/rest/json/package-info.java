/**
 * The wire format: explicit JSON records ({@code *Json}) for every request and response body,
 * camelCase fields, ISO-8601 instants, enum values by their names. Requests turn themselves
 * into the commands of the inbound ports ({@link org.itilhis.adapters.rest.json.Fields}
 * collects what cannot be converted); responses are built from the ports' views. Domain
 * objects are never serialised as they are.
 */
package org.itilhis.adapters.rest.json;
