package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

import com.unboundid.ldap.sdk.DN;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.SupportTier;

/**
 * One LDAP group that is an assignment group of the library: its members are the group's
 * engineers, the person its lead attribute ({@code owner}, AD's {@code managedBy}) names is the
 * lead, and its name is read from the group's name attributes. The tier is not in the
 * directory, so it is given here. When the directory names no lead who is an active member of
 * staff (the lead left), {@code fallbackLead} leads, if the directory still has that person;
 * without either the group is left out of the snapshot, with a warning.
 *
 * @param ldapGroup the LDAP group's DN, under the mapping's {@code groupsBase}
 */
public record GroupMapping(String ldapGroup, GroupId id, SupportTier tier, Optional<StaffId> fallbackLead) {
    public GroupMapping {
        LdapSettings.parseDn("groups", ldapGroup);
        checkNotNull(id, "id");
        checkNotNull(tier, "tier");
        checkNotNull(fallbackLead, "fallbackLead");
    }

    public static GroupMapping of(String ldapGroup, GroupId id, SupportTier tier) {
        return new GroupMapping(ldapGroup, id, tier, Optional.empty());
    }

    /** This mapping with {@code lead} leading the group when the directory names no lead. */
    public GroupMapping withFallbackLead(StaffId lead) {
        return new GroupMapping(ldapGroup, id, tier, Optional.of(checkNotNull(lead, "lead")));
    }

    DN dn() {
        return LdapSettings.parseDn("groups", ldapGroup);
    }
}
