package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How the directory marks an account that may no longer be used (a leaver whose entry is
 * kept, a suspended account). Such a person is left out of the snapshot as if deleted: not
 * found, in no group, with no role. The test runs in the adapter on the attributes it reads,
 * so it behaves the same on every server.
 */
public final class DisabledAccounts {
    /** Active Directory's ACCOUNTDISABLE flag in {@code userAccountControl}. */
    static final int ACCOUNT_DISABLED = 0x2;
    static final String USER_ACCOUNT_CONTROL = "userAccountControl";

    private enum Kind { NONE, ACTIVE_DIRECTORY, FILTER }

    private final Kind kind;
    private final Filter filter;
    private final ImmutableList<String> attributes;

    private DisabledAccounts(Kind kind, Filter filter, ImmutableList<String> attributes) {
        this.kind = kind;
        this.filter = filter;
        this.attributes = attributes;
    }

    /** The directory removes leavers' entries; every entry found is active. */
    public static DisabledAccounts none() {
        return new DisabledAccounts(Kind.NONE, null, ImmutableList.of());
    }

    /**
     * Active Directory: disabled when bit 2 (ACCOUNTDISABLE) of {@code userAccountControl} is
     * set, as in 514 or 66050. A value that is not a number counts as disabled.
     */
    public static DisabledAccounts activeDirectoryFlag() {
        return new DisabledAccounts(Kind.ACTIVE_DIRECTORY, null, ImmutableList.of(USER_ACCOUNT_CONTROL));
    }

    /**
     * Disabled when the entry matches {@code filter}, for example {@code (nsAccountLock=true)}
     * (389 Directory Server), {@code (pwdAccountLockedTime=*)} (OpenLDAP's password policy) or
     * {@code (employeeType=left)}. Equality, presence, substring and ordering filters with
     * AND, OR and NOT can be used; extensible and approximate matches cannot.
     */
    public static DisabledAccounts matching(String filter) {
        checkNotNull(filter, "disabledAccounts");
        Filter parsed;
        try {
            parsed = Filter.create(filter.strip());
            parsed.matchesEntry(new Entry("cn=probe"));
        } catch (LDAPException e) {
            throw new LdapDirectoryException("disabledAccounts",
                    "'" + filter + "' is not a filter the adapter can test: " + e.getMessage(), e);
        }
        Set<String> names = new LinkedHashSet<>();
        collectAttributes(parsed, names);
        return new DisabledAccounts(Kind.FILTER, parsed, ImmutableList.copyOf(names));
    }

    /** The attributes the test reads, to be asked for with each person. */
    ImmutableList<String> attributes() {
        return attributes;
    }

    boolean isDisabled(Entry person) {
        return switch (kind) {
            case NONE -> false;
            case ACTIVE_DIRECTORY -> flagSet(person.getAttributeValue(USER_ACCOUNT_CONTROL));
            case FILTER -> matches(person);
        };
    }

    private static boolean flagSet(String userAccountControl) {
        if (userAccountControl == null) {
            return false;
        }
        try {
            return (Long.parseLong(userAccountControl.strip()) & ACCOUNT_DISABLED) != 0;
        } catch (NumberFormatException e) {
            return true; // fail closed: an account the adapter cannot read is not let in
        }
    }

    private boolean matches(Entry person) {
        try {
            return filter.matchesEntry(person);
        } catch (LDAPException e) {
            return true; // fail closed, as above
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case ACTIVE_DIRECTORY -> "userAccountControl has ACCOUNTDISABLE (0x2)";
            case FILTER -> filter.toString();
        };
    }

    private static void collectAttributes(Filter filter, Set<String> names) {
        switch (filter.getFilterType()) {
            case Filter.FILTER_TYPE_AND, Filter.FILTER_TYPE_OR -> {
                for (Filter component : filter.getComponents()) {
                    collectAttributes(component, names);
                }
            }
            case Filter.FILTER_TYPE_NOT -> collectAttributes(filter.getNOTComponent(), names);
            default -> names.add(filter.getAttributeName());
        }
    }
}
