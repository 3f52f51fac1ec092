package org.itilhis.adapters.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.GROUPS;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.PEOPLE;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.READER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.ticket.SupportTier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting the adapter cannot use, or that the directory contradicts at start, is refused
 * with an {@link LdapDirectoryException} that names the setting and says why, without the
 * password; a directory that does start leaves no connection open behind a refusal.
 */
class LdapMisconfigurationTest {
    @TempDir
    Path dir;
    HospitalDirectoryServer ldap;

    @BeforeEach
    void startTheHospitalsDirectory() {
        ldap = HospitalDirectoryServer.openLdap();
    }

    @AfterEach
    void stop() {
        ldap.close();
    }

    @Test
    void aMappedAttributeTheSchemaDoesNotKnowIsNamedWithItsSetting() {
        assertRefused(() -> start(HospitalDirectoryServer.demoHospitalMapping().staffIdAttribute("employeeNo")),
                "staffIdAttribute", "the directory's schema defines no attribute 'employeeNo'");
        assertRefused(() -> start(HospitalDirectoryServer.demoHospitalMapping().departmentAttribute("department")),
                "departmentAttribute", "'department'");
        assertRefused(() -> start(HospitalDirectoryServer.demoHospitalMapping().leadAttribute("managedBy")),
                "leadAttribute", "'managedBy'");
        assertRefused(() -> start(HospitalDirectoryServer.demoHospitalMapping()
                        .disabledAccounts(DisabledAccounts.activeDirectoryFlag())),
                "disabledAccounts", "'userAccountControl'");
    }

    @Test
    void aStaffIdAttributeThatNoPersonHasIsNamed() {
        assertRefused(() -> start(HospitalDirectoryServer.demoHospitalMapping().staffIdAttribute("employeeNumber")),
                "staffIdAttribute", "none of the 16 entries under " + PEOPLE + " has a value of employeeNumber");
    }

    @Test
    void anUnreachableServerAtStartIsNamedAsTheUrls() {
        String nobody = "ldap://127.0.0.1:" + HospitalDirectoryServer.freePort();

        assertRefused(() -> LdapStaffDirectory.start(ldap.settings(dir).urls(nobody)
                        .connectTimeout(Duration.ofSeconds(2)).build(), HospitalDirectoryServer.demoHospitalMapping().build()),
                "urls", "cannot connect to " + nobody + " (connect error; ConnectException: ");
    }

    @Test
    void aRefusedBindNamesTheBindDnAndNeverShowsThePassword() throws Exception {
        Path wrong = dir.resolve("wrong-password");
        Files.writeString(wrong, "not-the-password-" + ldap.password, StandardCharsets.UTF_8);

        Throwable refused = catchRefusal(() -> LdapStaffDirectory.start(
                ldap.settings(dir).bindPassword(PasswordSource.file(wrong)).build(),
                HospitalDirectoryServer.demoHospitalMapping().build()));

        assertThat(refused).hasMessageStartingWith("bindDn: the directory refused the bind as " + READER)
                .hasMessageContaining("invalid credentials");
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(ldap.password);
        }
    }

    @Test
    void aPasswordThatCannotBeReadIsNamedAsBindPassword() {
        Path missing = dir.resolve("no-such-file");
        assertRefused(() -> LdapStaffDirectory.start(ldap.settings(dir).bindPassword(PasswordSource.file(missing)).build(),
                HospitalDirectoryServer.demoHospitalMapping().build()), "bindPassword", "the file " + missing + " cannot be read");

        assertRefused(() -> LdapStaffDirectory.start(ldap.settings(dir)
                        .bindPassword(PasswordSource.environment("ITILHIS_LDAP_PASSWORD")).environment(name -> null).build(),
                HospitalDirectoryServer.demoHospitalMapping().build()),
                "bindPassword", "the environment variable ITILHIS_LDAP_PASSWORD is not set or empty");
    }

    @Test
    void aPasswordFromTheEnvironmentIsRead() {
        Map<String, String> environment = Map.of("ITILHIS_LDAP_PASSWORD", ldap.password);
        try (LdapStaffDirectory directory = LdapStaffDirectory.start(ldap.settings(dir)
                .bindPassword(PasswordSource.environment("ITILHIS_LDAP_PASSWORD")).environment(environment::get).build(),
                HospitalDirectoryServer.demoHospitalMapping().build())) {
            assertThat(directory.group(GroupId.of("desktop-first-line"))).isPresent();
        }
    }

    @Test
    void aBaseDnThatDoesNotExistIsNamed() {
        assertRefused(() -> start(DirectoryMapping.openLdap("ou=staff,dc=hospital,dc=example", GROUPS)),
                "peopleBase", "the directory has no entry ou=staff,dc=hospital,dc=example");
        assertRefused(() -> start(DirectoryMapping.openLdap(PEOPLE, "ou=teams,dc=hospital,dc=example")),
                "groupsBase", "the directory has no entry ou=teams,dc=hospital,dc=example");
    }

    @Test
    void aPeopleFilterThatMatchesNobodyIsNamed() {
        assertRefused(() -> start(HospitalDirectoryServer.demoHospitalMapping().peopleFilter("(objectClass=user)")),
                "peopleFilter", "no entry under " + PEOPLE + " matches (objectClass=user)");
    }

    @Test
    void aServerThatStopsAnUnpagedSearchAtItsSizeLimitIsRefusedAsPageSize() {
        try (HospitalDirectoryServer limited = HospitalDirectoryServer.openLdap(config -> config.setMaxSizeLimit(5))) {
            assertRefused(() -> LdapStaffDirectory.start(limited.settings(dir).pageSize(0).build(),
                    HospitalDirectoryServer.demoHospitalMapping().build()), "pageSize", "size limit");

            try (LdapStaffDirectory paged = LdapStaffDirectory.start(limited.settings(dir).pageSize(5).build(),
                    HospitalDirectoryServer.demoHospitalMapping().build())) {
                assertThat(paged.member(LdapStaffDirectoryTest.NURSE_WANG)).as("pages within the limit").isPresent();
            }
        }
    }

    @Test
    void settingsTheAdapterCannotUseAreRefusedWhenGiven() {
        assertRefused(() -> LdapSettings.builder().urls("ldap://dc1:port"), "urls", "is not an LDAP URL");
        assertRefused(() -> LdapSettings.builder().urls("http://dc1.hospital.example"), "urls", "neither ldap:// nor ldaps://");
        assertRefused(() -> LdapSettings.builder().urls("ldap://dc1", "ldaps://dc2"), "urls", "mixes ldap:// and ldaps://");
        assertRefused(() -> LdapSettings.builder().urls("ldap://dc1/dc=hospital,dc=example"), "urls", "has a base DN");
        assertRefused(() -> LdapSettings.builder().build(), "urls", "at least one");
        assertRefused(() -> LdapSettings.builder().urls("ldaps://dc1").startTls(true).build(), "startTls", "not with ldaps://");
        assertRefused(() -> LdapSettings.builder().urls("ldap://dc1").bindDn(READER).build(), "bindPassword", "go together");
        assertRefused(() -> LdapSettings.builder().bindDn("not a dn"), "bindDn", "is not a DN");
        assertRefused(() -> LdapSettings.builder().refreshInterval(Duration.ZERO), "refreshInterval", "is not positive");
        assertRefused(() -> LdapSettings.builder().responseTimeout(Duration.ofSeconds(-1)), "responseTimeout", "not positive");
        assertRefused(() -> LdapSettings.builder().maxConnections(0), "maxConnections", "less than 1");
        assertRefused(() -> LdapSettings.builder().pageSize(-1), "pageSize", "negative");
        assertRefused(() -> LdapSettings.builder().urls("ldaps://dc1").trustStorePassword(PasswordSource.environment("X"))
                .build(), "trustStorePassword", "without a trustStore");
    }

    @Test
    void mappingsTheAdapterCannotUseAreRefusedWhenGiven() {
        assertRefused(() -> DirectoryMapping.openLdap("people", GROUPS), "peopleBase", "is not a DN");
        assertRefused(() -> DirectoryMapping.openLdap(PEOPLE, "").build(), "groupsBase", "is empty");
        assertRefused(() -> DirectoryMapping.openLdap(PEOPLE, GROUPS).peopleFilter("objectClass=person)"),
                "peopleFilter", "is not an LDAP filter");
        assertRefused(() -> DirectoryMapping.openLdap(PEOPLE, GROUPS).staffIdAttribute("employee number"),
                "staffIdAttribute", "is not an attribute name");
        assertRefused(() -> DirectoryMapping.openLdap(PEOPLE, GROUPS).nameAttributes(), "nameAttributes", "at least one");
        assertRefused(() -> DirectoryMapping.openLdap(PEOPLE, GROUPS)
                        .group(GroupMapping.of("cn=desktop,ou=teams,dc=hospital,dc=example", GroupId.of("desktop"),
                                SupportTier.FIRST_LINE)).build(),
                "groups", "is not under groupsBase " + GROUPS);
        assertRefused(() -> DirectoryMapping.openLdap(PEOPLE, GROUPS)
                        .group(GroupMapping.of("cn=a," + GROUPS, GroupId.of("desktop"), SupportTier.FIRST_LINE))
                        .group(GroupMapping.of("cn=b," + GROUPS, GroupId.of("desktop"), SupportTier.FIRST_LINE)).build(),
                "groups", "desktop is mapped twice");
        assertRefused(() -> RoleMapping.of("cn=robots," + GROUPS, Role.SYSTEM), "roles", "SYSTEM");
        assertRefused(() -> DirectoryMapping.openLdap(PEOPLE, GROUPS).defaultRoles(Role.SYSTEM), "defaultRoles", "SYSTEM");
        assertRefused(() -> DisabledAccounts.matching("(userAccountControl:1.2.840.113556.1.4.803:=2)"),
                "disabledAccounts", "is not a filter the adapter can test");
    }

    private void start(DirectoryMapping.Builder mapping) {
        LdapStaffDirectory.start(ldap.settings(dir).build(), mapping.build()).close();
    }

    private static void assertRefused(ThrowingCallable configuration, String setting, String reason) {
        assertThat(catchRefusal(configuration)).as("refusal naming %s", setting)
                .hasMessageStartingWith(setting + ": ").hasMessageContaining(reason)
                .isInstanceOfSatisfying(LdapDirectoryException.class, e -> assertThat(e.setting()).isEqualTo(setting));
    }

    private static Throwable catchRefusal(ThrowingCallable configuration) {
        Throwable thrown = catchThrowable(configuration);
        assertThat(thrown).isInstanceOf(LdapDirectoryException.class);
        return thrown;
    }
}
