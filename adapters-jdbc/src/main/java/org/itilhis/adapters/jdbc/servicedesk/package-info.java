/** The service desk's stores on JDBC: contacts, tickets and their search, ticket numbers. */
package org.itilhis.adapters.jdbc.servicedesk;
