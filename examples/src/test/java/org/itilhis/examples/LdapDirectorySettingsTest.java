package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.itilhis.adapters.ldap.PasswordSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdapDirectorySettingsTest {
    private static final String PEOPLE = "ou=people,dc=hospital,dc=example";
    private static final String GROUPS = "ou=groups,dc=hospital,dc=example";
    private static final String READER = "cn=itilhis-reader,ou=service-accounts,dc=hospital,dc=example";

    @TempDir
    Path secrets;

    private static ServerConfiguration of(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("ITILHIS_LDAP_URL", "ldaps://dc1.hospital.example",
                "ITILHIS_LDAP_PEOPLE_BASE", PEOPLE, "ITILHIS_LDAP_GROUPS_BASE", GROUPS));
        settings.putAll(more);
        return ServerConfiguration.of(settings);
    }

    private Path passwordFile() throws IOException {
        return Files.writeString(secrets.resolve("ldap-password"), "s3cret\n", StandardCharsets.UTF_8);
    }

    @Test
    void withoutAUrlTheDemoHospitalsDirectoryIsUsed() {
        ServerConfiguration defaults = ServerConfiguration.of(Map.of());

        assertThat(defaults.ldap()).isEmpty();
        assertThat(defaults.directoryShown()).isEqualTo("the demo hospital's (DemoHospital, in memory)");
    }

    @Test
    void aUrlAndTheTwoBasesChooseTheHospitalsDirectoryReadEveryQuarterOfAnHourAnonymously() {
        LdapDirectorySettings ldap = of(Map.of()).ldap().orElseThrow();

        assertThat(ldap.urls()).containsExactly("ldaps://dc1.hospital.example");
        assertThat(ldap.bindDn()).isEmpty();
        assertThat(ldap.bindPassword()).isEmpty();
        assertThat(ldap.kind()).isEqualTo(LdapDirectorySettings.Kind.OPENLDAP);
        assertThat(ldap.refreshInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(ldap.describe()).isEqualTo("LDAP ldaps://dc1.hospital.example (OpenLDAP, people under " + PEOPLE
                + ", groups under " + GROUPS + ", anonymous), read every 15 min");
    }

    @Test
    void theBindPasswordComesFromAFileAndIsNeverShown() throws IOException {
        Path file = passwordFile();
        LdapDirectorySettings ldap = of(Map.of("ITILHIS_LDAP_URL", "ldaps://dc1.hospital.example, ldaps://dc2.hospital.example",
                "ITILHIS_LDAP_BIND_DN", READER, "ITILHIS_LDAP_BIND_PASSWORD_FILE", file.toString(),
                "ITILHIS_LDAP_KIND", "active-directory", "ITILHIS_LDAP_REFRESH_MINUTES", "5")).ldap().orElseThrow();

        assertThat(ldap.urls()).containsExactly("ldaps://dc1.hospital.example", "ldaps://dc2.hospital.example");
        assertThat(ldap.bindPassword()).contains(PasswordSource.file(file));
        assertThat(ldap.kind()).isEqualTo(LdapDirectorySettings.Kind.ACTIVE_DIRECTORY);
        assertThat(ldap.refreshInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ldap.describe()).contains("Active Directory").contains("bound as " + READER)
                .doesNotContain("s3cret").doesNotContain(file.toString());
    }

    @Test
    void theBindPasswordFromTheEnvironmentIsReadThereByTheAdapterAndNeverFromASystemProperty() {
        Map<String, String> environment = Map.of("ITILHIS_LDAP_URL", "ldaps://dc1.hospital.example",
                "ITILHIS_LDAP_PEOPLE_BASE", PEOPLE, "ITILHIS_LDAP_GROUPS_BASE", GROUPS, "ITILHIS_LDAP_BIND_DN", READER,
                "ITILHIS_LDAP_BIND_PASSWORD", "s3cret");
        Map<String, String> properties = Map.of("", "s3cret");

        LdapDirectorySettings ldap = ServerConfiguration.from(properties::get, environment::get).ldap().orElseThrow();

        assertThat(ldap.bindPassword()).contains(PasswordSource.environment("ITILHIS_LDAP_BIND_PASSWORD"));
    }

    @Test
    void halfAConfigurationIsRefusedNamingWhatIsMissing() throws IOException {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_LDAP_PEOPLE_BASE", PEOPLE)))
                .hasMessage("ITILHIS_LDAP_PEOPLE_BASE (itilhis.ldap.people-base) is set without ITILHIS_LDAP_URL,"
                        + " which it needs");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_LDAP_URL", "ldap://127.0.0.1")))
                .hasMessage("ITILHIS_LDAP_PEOPLE_BASE (itilhis.ldap.people-base) is required with ITILHIS_LDAP_URL");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_BIND_DN", READER)))
                .hasMessage("ITILHIS_LDAP_BIND_DN is set without ITILHIS_LDAP_BIND_PASSWORD_FILE or"
                        + " ITILHIS_LDAP_BIND_PASSWORD");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_BIND_PASSWORD_FILE", passwordFile().toString())))
                .hasMessageStartingWith("the LDAP bind password is set without ITILHIS_LDAP_BIND_DN");
    }

    @Test
    void aPasswordAndAPasswordFileTogetherOrAnUnreadableFileAreRefused() throws IOException {
        Path file = passwordFile();
        Path missing = secrets.resolve("no-such-file");

        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_BIND_DN", READER, "ITILHIS_LDAP_BIND_PASSWORD", "other",
                "ITILHIS_LDAP_BIND_PASSWORD_FILE", file.toString())))
                .hasMessage("ITILHIS_LDAP_BIND_PASSWORD and ITILHIS_LDAP_BIND_PASSWORD_FILE are both set: give the"
                        + " secret in one of them only");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_BIND_DN", READER,
                "ITILHIS_LDAP_BIND_PASSWORD_FILE", missing.toString())))
                .hasMessage("ITILHIS_LDAP_BIND_PASSWORD_FILE (itilhis.ldap.bind-password-file): the file " + missing
                        + " cannot be read");
    }

    @Test
    void valuesTheAdapterCannotUseAreRefusedNamingTheExamplesSetting() {
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_URL", "http://dc1.hospital.example")))
                .hasMessageStartingWith("ITILHIS_LDAP_URL: 'http://dc1.hospital.example' is neither ldap:// nor ldaps://");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_BIND_DN", "not a dn", "ITILHIS_LDAP_BIND_PASSWORD", "x")))
                .hasMessageStartingWith("ITILHIS_LDAP_BIND_DN (or its password): 'not a dn' is not a DN");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_GROUPS_BASE", "groups")))
                .hasMessageStartingWith("ITILHIS_LDAP_GROUPS_BASE: 'groups' is not a DN");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_LEAVERS_FILTER", "(employeeType=left")))
                .hasMessageStartingWith("ITILHIS_LDAP_LEAVERS_FILTER: '(employeeType=left' is not a filter");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_KIND", "novell")))
                .hasMessage("ITILHIS_LDAP_KIND (itilhis.ldap.kind) is neither openldap nor active-directory: novell");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_LDAP_REFRESH_MINUTES", "0")))
                .hasMessage("ITILHIS_LDAP_REFRESH_MINUTES (itilhis.ldap.refresh-minutes): the directory is read again"
                        + " every 1 to 1440 minutes, not 0");
    }
}
