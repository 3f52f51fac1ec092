package org.itilhis.adapters.ldap.archfixture;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import org.itilhis.core.shared.StaffId;

/** Not a violation: core types in public, UnboundID's behind it. */
public final class WellBehavedDirectory {
    public StaffId staff(String value) {
        return StaffId.of(value);
    }

    public boolean isDn(String value) {
        return parse(value) != null;
    }

    private static DN parse(String value) {
        try {
            return new DN(value);
        } catch (LDAPException e) {
            return null;
        }
    }
}
