package org.itilhis.adapters.ldap.archfixture;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;

/** Planted violation: UnboundID's types in a public signature. */
public final class LeakyDirectory {
    public DN base() {
        return DN.NULL_DN;
    }

    public void filter(Filter filter) {
        filter.getFilterType();
    }
}
