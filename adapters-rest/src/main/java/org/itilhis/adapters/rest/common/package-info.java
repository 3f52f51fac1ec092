/**
 * What the resources of every practice share: the paths ({@link
 * org.itilhis.adapters.rest.common.ApiPaths}), the registration of the resources, the
 * support every resource uses (authenticating the actor, conditional requests with {@code
 * ETag} and {@code If-Match}, idempotent creation with {@code Idempotency-Key}, cursors),
 * health, the OpenAPI document, and the JSON conventions: explicit records ({@code *Json})
 * for every body, camelCase fields, ISO-8601 instants, enum values by their names; requests
 * turn themselves into the inbound ports' commands ({@link
 * org.itilhis.adapters.rest.common.Fields} collects what cannot be converted), responses are
 * built from the ports' views, and domain objects are never serialised as they are.
 */
package org.itilhis.adapters.rest.common;
