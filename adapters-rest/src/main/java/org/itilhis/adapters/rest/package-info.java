/**
 * The inbound REST adapter of the service desk: {@link org.itilhis.adapters.rest.RestApi}
 * assembles the Jakarta REST application over the inbound ports (and the idempotency and
 * transaction ports) that the embedding application wires, and
 * {@link org.itilhis.adapters.rest.RestServer} runs it on an embedded Jetty 12. The same
 * application mounts in any other Jakarta REST container through
 * {@link org.itilhis.adapters.rest.RestApi#resourceConfig()}.
 */
package org.itilhis.adapters.rest;
