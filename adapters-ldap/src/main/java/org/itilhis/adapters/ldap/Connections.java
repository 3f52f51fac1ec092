package org.itilhis.adapters.ldap;

import com.google.common.base.Throwables;
import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.SSLUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.net.SocketFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Opens the connection pool: TLS as the settings ask (the servers' certificates checked
 * against the trust store and their host names), StartTLS before the bind, the bind, the
 * timeouts, failover across the servers in their order. A failure names the setting most
 * likely at fault.
 */
final class Connections {
    private Connections() {
    }

    static LDAPConnectionPool open(LdapSettings settings) {
        BindRequest bind = settings.bindDn()
                .map(dn -> (BindRequest) new SimpleBindRequest(dn,
                        settings.bindPassword().orElseThrow().read("bindPassword", settings.environment())))
                .orElse(null);
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()));
        options.setResponseTimeoutMillis(settings.responseTimeout().toMillis());
        options.setAbandonOnTimeout(true);
        SocketFactory sockets = SocketFactory.getDefault();
        PostConnectProcessor startTls = null;
        if (settings.encrypted()) {
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
            SSLSocketFactory tls = tlsSockets(settings);
            if (settings.startTls()) {
                startTls = new StartTLSPostConnectProcessor(tls);
            } else {
                sockets = tls;
            }
        }
        String[] hosts = settings.urls().stream().map(LDAPURL::getHost).toArray(String[]::new);
        int[] ports = settings.urls().stream().mapToInt(LDAPURL::getPort).toArray();
        FailoverServerSet servers = new FailoverServerSet(hosts, ports, sockets, options, bind, startTls);
        try {
            LDAPConnectionPool pool = new LDAPConnectionPool(servers, bind, 1, settings.maxConnections());
            pool.setConnectionPoolName("itilhis-staff-directory");
            return pool;
        } catch (LDAPException e) {
            throw startFailure(settings, e);
        }
    }

    private static LdapDirectoryException startFailure(LdapSettings settings, LDAPException e) {
        ResultCode code = e.getResultCode();
        String urls = settings.urls().stream().map(LDAPURL::toString).collect(Collectors.joining(", "));
        if (code == ResultCode.INVALID_CREDENTIALS || code == ResultCode.INAPPROPRIATE_AUTHENTICATION) {
            return new LdapDirectoryException("bindDn", "the directory refused the bind as " + settings.bindDn().orElseThrow()
                    + " with the password from bindPassword (" + code + diagnostic(e) + ")", e);
        }
        boolean handshake = Throwables.getCausalChain(e).stream()
                .anyMatch(cause -> cause instanceof SSLException || cause instanceof CertificateException)
                || e.getMessage().contains("certificate");
        if (settings.encrypted() && handshake) {
            return new LdapDirectoryException("trustStore", "the TLS handshake with " + urls
                    + " failed: the server's certificate is not trusted by the trust store or does not name the host ("
                    + code + ")", e);
        }
        if (settings.startTls() && ResultCode.isConnectionUsable(code)) {
            return new LdapDirectoryException("startTls", "the server at " + urls + " refused StartTLS (" + code + ")", e);
        }
        Throwable root = Throwables.getRootCause(e);
        String why = root == e ? e.getMessage() : root.getClass().getSimpleName() + ": " + root.getMessage();
        return new LdapDirectoryException("urls", "cannot connect to " + urls + " (" + code.getName() + "; " + why + ")", e);
    }

    private static String diagnostic(LDAPException e) {
        return e.getDiagnosticMessage() == null ? "" : ": " + e.getDiagnosticMessage();
    }

    private static SSLSocketFactory tlsSockets(LdapSettings settings) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(settings));
            return new SSLUtil(trust.getTrustManagers()).createSSLSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new LdapDirectoryException("trustStore", "TLS cannot be set up (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The trust store of the settings, or null for the JVM's default. */
    private static KeyStore trustStore(LdapSettings settings) {
        if (settings.trustStore().isEmpty()) {
            return null;
        }
        char[] password = settings.trustStorePassword()
                .map(source -> new String(source.read("trustStorePassword", settings.environment()),
                        StandardCharsets.UTF_8).toCharArray())
                .orElse(null);
        try {
            return KeyStore.getInstance(settings.trustStore().get().toFile(), password);
        } catch (IOException | GeneralSecurityException e) {
            throw new LdapDirectoryException("trustStore", "the file " + settings.trustStore().get()
                    + " cannot be read as a PKCS #12 or JKS trust store with the trustStorePassword given ("
                    + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
