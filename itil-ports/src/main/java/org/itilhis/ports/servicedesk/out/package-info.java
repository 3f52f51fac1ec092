/**
 * Driven ports of the service desk: the contact and ticket repositories and the ticket number
 * sequence. Adapters prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.servicedesk.out;
