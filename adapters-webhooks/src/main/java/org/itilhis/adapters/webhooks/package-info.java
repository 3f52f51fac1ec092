/**
 * Webhook deliveries signed by the Standard Webhooks scheme (HMAC-SHA256, secret rotation), over the JDK HTTP client.
 */
package org.itilhis.adapters.webhooks;
