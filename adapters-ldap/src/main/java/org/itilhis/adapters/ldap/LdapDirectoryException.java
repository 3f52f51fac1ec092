package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The staff directory cannot be configured or started as asked: a setting has a value the
 * adapter cannot use (a malformed URL, DN or filter, a timeout that is not positive), or the
 * directory disagrees with it at start (the server cannot be reached, the bind is refused, a
 * base DN or a mapped attribute does not exist). {@link #setting()} names the setting, as the
 * builder method of {@link LdapSettings} or {@link DirectoryMapping} that takes it, and the
 * message reads {@code "<setting>: <reason>"}. Messages name settings, DNs of the
 * configuration and result codes, never a password or a person's data.
 */
public final class LdapDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String setting;

    public LdapDirectoryException(String setting, String reason) {
        this(setting, reason, null);
    }

    public LdapDirectoryException(String setting, String reason, Throwable cause) {
        super(checkNotNull(setting, "setting") + ": " + checkNotNull(reason, "reason"), cause);
        this.setting = setting;
    }

    /** The setting at fault, for example {@code urls}, {@code bindPassword} or {@code staffIdAttribute}. */
    public String setting() {
        return setting;
    }
}
