package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.adapters.ldap.DirectoryMapping;
import org.itilhis.adapters.ldap.DisabledAccounts;
import org.itilhis.adapters.ldap.GroupMapping;
import org.itilhis.adapters.ldap.LdapDirectoryException;
import org.itilhis.adapters.ldap.LdapSettings;
import org.itilhis.adapters.ldap.LdapStaffDirectory;
import org.itilhis.adapters.ldap.PasswordSource;
import org.itilhis.core.shared.Role;
import org.itilhis.testkit.DemoHospital;

/**
 * The staff directory from the hospital's LDAP or Active Directory, in place of the demo
 * hospital's, when {@code ITILHIS_LDAP_URL} is set ({@link org.itilhis.adapters.ldap.LdapStaffDirectory}).
 * People are read under the people base; each of the demo hospital's assignment groups is the
 * LDAP group of the same name under the groups base ({@code cn=desktop-first-line,<groups base>}),
 * led by its {@code owner} ({@code managedBy} on Active Directory), since the demo hospital's
 * division of duties routes tickets to them; every active person may report. Leavers are those
 * the directory no longer has, those Active Directory marks disabled, or those
 * {@code ITILHIS_LDAP_LEAVERS_FILTER} matches; they stop signing in at the next refresh.
 *
 * <p>The bind password is read from a file ({@code ITILHIS_LDAP_BIND_PASSWORD_FILE}) or from the
 * environment variable {@code ITILHIS_LDAP_BIND_PASSWORD} of this process, never from a system
 * property: a command line is visible to every user of the machine.
 *
 * @param urls            the servers, tried in this order
 * @param bindDn          the (read-only) account to bind with; empty for an anonymous bind
 * @param bindPassword    where its password is read from; present exactly with {@code bindDn}
 * @param kind            the preset of attributes and groups the directory follows
 * @param leaversFilter   the entries that are leavers kept in the directory
 * @param refreshInterval how often the directory is read again
 */
public record LdapDirectorySettings(ImmutableList<String> urls, Optional<String> bindDn,
                                    Optional<PasswordSource> bindPassword, String peopleBase, String groupsBase,
                                    Kind kind, Optional<String> leaversFilter, Duration refreshInterval) {
    public static final int DEFAULT_REFRESH_MINUTES = 15;
    static final String PASSWORD_FROM_ENVIRONMENT = "ITILHIS_LDAP_BIND_PASSWORD";

    /** The settings of the LDAP directory by environment variable name, with their system property names. */
    static final ImmutableMap<String, String> PROPERTIES = ImmutableMap.<String, String>builder()
            .put("ITILHIS_LDAP_URL", "itilhis.ldap.url")
            .put("ITILHIS_LDAP_BIND_DN", "itilhis.ldap.bind-dn")
            .put(PASSWORD_FROM_ENVIRONMENT, Settings.ENVIRONMENT_ONLY)
            .put("ITILHIS_LDAP_BIND_PASSWORD_FILE", "itilhis.ldap.bind-password-file")
            .put("ITILHIS_LDAP_PEOPLE_BASE", "itilhis.ldap.people-base")
            .put("ITILHIS_LDAP_GROUPS_BASE", "itilhis.ldap.groups-base")
            .put("ITILHIS_LDAP_KIND", "itilhis.ldap.kind")
            .put("ITILHIS_LDAP_LEAVERS_FILTER", "itilhis.ldap.leavers-filter")
            .put("ITILHIS_LDAP_REFRESH_MINUTES", "itilhis.ldap.refresh-minutes")
            .buildOrThrow();

    /** The adapter's settings, as its errors name them, by the example's settings that give them. */
    private static final ImmutableMap<String, String> ADAPTER_SETTINGS = ImmutableMap.<String, String>builder()
            .put("urls", "ITILHIS_LDAP_URL")
            .put("bindDn", "ITILHIS_LDAP_BIND_DN (or its password)")
            .put("bindPassword", "ITILHIS_LDAP_BIND_PASSWORD_FILE or ITILHIS_LDAP_BIND_PASSWORD")
            .put("peopleBase", "ITILHIS_LDAP_PEOPLE_BASE")
            .put("peopleFilter", "ITILHIS_LDAP_PEOPLE_BASE")
            .put("groupsBase", "ITILHIS_LDAP_GROUPS_BASE")
            .put("groups", "ITILHIS_LDAP_GROUPS_BASE")
            .put("disabledAccounts", "ITILHIS_LDAP_LEAVERS_FILTER")
            .put("refreshInterval", "ITILHIS_LDAP_REFRESH_MINUTES")
            .buildOrThrow();

    /** What the directory is, and so which attributes and groups it has. */
    public enum Kind {
        /** OpenLDAP, 389 Directory Server: {@code inetOrgPerson} with {@code uid}, {@code groupOfNames}. */
        OPENLDAP,
        /** Active Directory: user accounts with {@code sAMAccountName}, {@code memberOf}, disabled accounts. */
        ACTIVE_DIRECTORY
    }

    public LdapDirectorySettings {
        urls = ImmutableList.copyOf(checkNotNull(urls, "urls"));
        checkNotNull(bindDn, "bindDn");
        checkNotNull(bindPassword, "bindPassword");
        checkNotNull(peopleBase, "peopleBase");
        checkNotNull(groupsBase, "groupsBase");
        checkNotNull(kind, "kind");
        checkNotNull(leaversFilter, "leaversFilter");
        checkNotNull(refreshInterval, "refreshInterval");
    }

    /** The LDAP directory's settings, or empty when {@code ITILHIS_LDAP_URL} is not set. */
    static Optional<LdapDirectorySettings> from(Settings settings) {
        if (!settings.isSet("ITILHIS_LDAP_URL")) {
            for (String name : PROPERTIES.keySet()) {
                checkArgument(!settings.isSet(name), "%s is set without ITILHIS_LDAP_URL, which it needs",
                        settings.shown(name));
            }
            return Optional.empty();
        }
        Optional<String> file = settings.get("ITILHIS_LDAP_BIND_PASSWORD_FILE");
        checkArgument(file.isEmpty() || !settings.isSet(PASSWORD_FROM_ENVIRONMENT),
                "%s and ITILHIS_LDAP_BIND_PASSWORD_FILE are both set: give the secret in one of them only",
                PASSWORD_FROM_ENVIRONMENT);
        file.ifPresent(path -> checkArgument(Files.isRegularFile(Path.of(path)) && Files.isReadable(Path.of(path)),
                "%s: the file %s cannot be read", settings.shown("ITILHIS_LDAP_BIND_PASSWORD_FILE"), path));
        Optional<PasswordSource> password = file.map(path -> PasswordSource.file(Path.of(path)))
                .or(() -> settings.get(PASSWORD_FROM_ENVIRONMENT)
                        .map(set -> PasswordSource.environment(PASSWORD_FROM_ENVIRONMENT)));
        Optional<String> bindDn = settings.get("ITILHIS_LDAP_BIND_DN");
        checkArgument(bindDn.isPresent() == password.isPresent(), bindDn.isPresent()
                ? "ITILHIS_LDAP_BIND_DN is set without ITILHIS_LDAP_BIND_PASSWORD_FILE or ITILHIS_LDAP_BIND_PASSWORD"
                : "the LDAP bind password is set without ITILHIS_LDAP_BIND_DN (neither for an anonymous bind)");
        int minutes = settings.number("ITILHIS_LDAP_REFRESH_MINUTES", DEFAULT_REFRESH_MINUTES);
        checkArgument(minutes >= 1 && minutes <= 1440, "%s: the directory is read again every 1 to 1440 minutes,"
                + " not %s", settings.shown("ITILHIS_LDAP_REFRESH_MINUTES"), minutes);
        LdapDirectorySettings ldap = new LdapDirectorySettings(settings.list("ITILHIS_LDAP_URL"), bindDn, password,
                required(settings, "ITILHIS_LDAP_PEOPLE_BASE"), required(settings, "ITILHIS_LDAP_GROUPS_BASE"),
                kind(settings), settings.get("ITILHIS_LDAP_LEAVERS_FILTER"), Duration.ofMinutes(minutes));
        // the adapter checks every value now rather than at start, its errors naming the example's settings
        ldap.adapterSettings();
        ldap.mapping();
        return Optional.of(ldap);
    }

    /**
     * Reads the directory and starts its refresh.
     *
     * @throws LdapDirectoryException naming the adapter's setting if it cannot ({@link #named} names the example's)
     */
    LdapStaffDirectory start() {
        return LdapStaffDirectory.start(adapterSettings(), mapping());
    }

    /** How to reach the directory, for {@code LdapStaffDirectory.start}. */
    LdapSettings adapterSettings() {
        try {
            LdapSettings.Builder builder = LdapSettings.builder().urls(urls).refreshInterval(refreshInterval);
            bindDn.ifPresent(builder::bindDn);
            bindPassword.ifPresent(builder::bindPassword);
            return builder.build();
        } catch (LdapDirectoryException refused) {
            throw named(refused);
        }
    }

    /** The demo hospital's assignment groups, and its reporters, in the directory. */
    DirectoryMapping mapping() {
        try {
            DirectoryMapping.Builder mapping = kind == Kind.OPENLDAP ? DirectoryMapping.openLdap(peopleBase, groupsBase)
                    : DirectoryMapping.activeDirectory(peopleBase, groupsBase);
            leaversFilter.ifPresent(filter -> mapping.disabledAccounts(DisabledAccounts.matching(filter)));
            DemoHospital.groups().forEach(group -> mapping.group(GroupMapping.of(
                    "cn=" + group.id().value() + "," + groupsBase, group.id(), group.tier())));
            return mapping.defaultRoles(Role.REPORTER).build();
        } catch (LdapDirectoryException refused) {
            throw named(refused);
        }
    }

    /** {@code failure} of the adapter, naming the example's setting that gave the value it refused. */
    static IllegalArgumentException named(LdapDirectoryException failure) {
        String setting = ADAPTER_SETTINGS.getOrDefault(failure.setting(), "the LDAP directory's " + failure.setting());
        String reason = failure.getMessage().substring(failure.setting().length() + 2);
        return new IllegalArgumentException(setting + ": " + reason, failure);
    }

    /** Which directory is in use, for the start-up lines: no password is part of it. */
    public String describe() {
        return String.format(Locale.ROOT, "LDAP %s (%s, people under %s, groups under %s%s), read every %d min",
                String.join(", ", urls), kind == Kind.OPENLDAP ? "OpenLDAP" : "Active Directory", peopleBase,
                groupsBase, bindDn.map(dn -> ", bound as " + dn).orElse(", anonymous"), refreshInterval.toMinutes());
    }

    private static String required(Settings settings, String name) {
        return settings.get(name).orElseThrow(() -> new IllegalArgumentException(
                settings.shown(name) + " is required with ITILHIS_LDAP_URL"));
    }

    private static Kind kind(Settings settings) {
        String value = settings.get("ITILHIS_LDAP_KIND").orElse("openldap").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "openldap" -> Kind.OPENLDAP;
            case "active-directory" -> Kind.ACTIVE_DIRECTORY;
            default -> throw new IllegalArgumentException(settings.shown("ITILHIS_LDAP_KIND")
                    + " is neither openldap nor active-directory: " + value);
        };
    }
}
