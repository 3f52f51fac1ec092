package org.itilhis.adapters.ldap;

import com.google.common.collect.ImmutableList;
import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the people and the groups, each with one subtree search, page by page on one
 * connection (servers such as OpenLDAP keep a paged search's state per connection). A
 * search that does not end in success, a size limit among them, fails the whole reading:
 * a partial list of staff would look like a wave of leavers.
 */
final class DirectoryReader {
    private final LDAPConnectionPool pool;
    private final DirectoryMapping mapping;
    private final int pageSize;
    private final int timeLimitSeconds;

    DirectoryReader(LDAPConnectionPool pool, DirectoryMapping mapping, LdapSettings settings) {
        this.pool = pool;
        this.mapping = mapping;
        this.pageSize = settings.pageSize();
        this.timeLimitSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, settings.responseTimeout().toSeconds()));
    }

    /** The entries under {@code peopleBase} that {@code peopleFilter} matches, with the person attributes. */
    List<SearchResultEntry> people() throws LDAPException {
        return searchRetryingOnce(mapping.peopleBase(), mapping.peopleFilter(), mapping.personAttributes());
    }

    /** The entries under {@code groupsBase} that {@code groupsFilter} matches, with the group attributes. */
    List<SearchResultEntry> groups() throws LDAPException {
        return searchRetryingOnce(mapping.groupsBase(), mapping.groupsFilter(), mapping.groupAttributes());
    }

    /**
     * One search; once more on a fresh connection if the pooled one turned out dead (the
     * server restarted since), so that a restart of the directory costs no refresh.
     */
    private List<SearchResultEntry> searchRetryingOnce(DN base, Filter filter, String[] attributes) throws LDAPException {
        try {
            return search(base, filter, attributes);
        } catch (LDAPException e) {
            if (ResultCode.isConnectionUsable(e.getResultCode())) {
                throw e;
            }
            return search(base, filter, attributes);
        }
    }

    private List<SearchResultEntry> search(DN base, Filter filter, String[] attributes) throws LDAPException {
        LDAPConnection connection = pool.getConnection();
        try {
            List<SearchResultEntry> entries = searchOn(connection, base, filter, attributes);
            pool.releaseConnection(connection);
            return entries;
        } catch (LDAPException e) {
            pool.releaseConnectionAfterException(connection, e);
            throw e;
        } catch (RuntimeException e) {
            pool.releaseDefunctConnection(connection);
            throw e;
        }
    }

    private List<SearchResultEntry> searchOn(LDAPConnection connection, DN base, Filter filter, String[] attributes)
            throws LDAPException {
        List<SearchResultEntry> entries = new ArrayList<>();
        ASN1OctetString cookie = null;
        do {
            SearchRequest request = new SearchRequest(base.toString(), SearchScope.SUB, filter, attributes);
            request.setTimeLimitSeconds(timeLimitSeconds);
            if (pageSize > 0) {
                request.setControls(new SimplePagedResultsControl(pageSize, cookie, true));
            }
            SearchResult result = connection.search(request);
            entries.addAll(result.getSearchEntries());
            SimplePagedResultsControl page = pageSize > 0 ? SimplePagedResultsControl.get(result) : null;
            cookie = page == null ? null : page.getCookie();
        } while (cookie != null && cookie.getValueLength() > 0);
        return ImmutableList.copyOf(entries);
    }
}
