/**
 * The resources under {@code /api/v1}: contacts and their outcomes, incidents and service
 * requests with their workflow steps, work logs, ratings and priority decisions, the work
 * queue, search with cursor pages, the audit trail, health and the OpenAPI document. Every
 * resource authenticates the actor, converts and validates the request, calls one inbound
 * port and answers with a {@code *Json} record; conditional requests ({@code ETag},
 * {@code If-Match}) and idempotent creation ({@code Idempotency-Key}) are handled here.
 */
package org.itilhis.adapters.rest.resource;
