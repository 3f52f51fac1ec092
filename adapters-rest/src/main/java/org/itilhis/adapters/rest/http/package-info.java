/**
 * Cross-cutting HTTP concerns as Jakarta REST filters, so they hold in any container the API is
 * mounted in: the request body limit (413), the access log through SLF4J, which records
 * method, path template, status and duration and nothing personal, and the security headers
 * of every answer with the CORS policy ({@code SecurityHeadersFilter}, {@code CorsPolicy}).
 */
package org.itilhis.adapters.rest.http;
