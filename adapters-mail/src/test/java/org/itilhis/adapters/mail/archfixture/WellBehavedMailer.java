package org.itilhis.adapters.mail.archfixture;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.itilhis.core.shared.StaffId;

/** Not a violation: core types in public, Jakarta Mail's behind it. */
public final class WellBehavedMailer {
    public StaffId staff(String value) {
        return StaffId.of(value);
    }

    public boolean isAddress(String value) {
        try {
            new InternetAddress(value, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
