/**
 * Cross-cutting HTTP concerns as Jakarta REST filters, so they hold in any container the API is
 * mounted in: the request body limit (413) and the access log through SLF4J, which records
 * method, path template, status and duration and nothing personal.
 */
package org.itilhis.adapters.rest.http;
