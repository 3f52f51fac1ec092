/** The CMDB's stores on JDBC: configuration items, their search, and the links to tickets. */
package org.itilhis.adapters.jdbc.configuration;
