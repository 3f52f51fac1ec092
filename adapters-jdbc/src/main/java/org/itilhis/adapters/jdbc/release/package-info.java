/**
 * Release management's JDBC stores: releases (with the changes each bundles, for the search by
 * change) and release numbers, registered by {@link org.itilhis.adapters.jdbc.release.JdbcReleaseStores}.
 */
package org.itilhis.adapters.jdbc.release;
