package org.itilhis.ports.servicedesk.in;

import java.util.List;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.ReadAuditQuery;

/**
 * The privacy officer's view of the personal-data read log (ADR 0014): who read which ticket or
 * contact, when and from where. Reading the log is not itself a read of personal data and is
 * not recorded.
 */
public interface PersonalDataReadQueries {
    /**
     * The reads {@code query} asks for, newest first; its record may be a ticket's or contact's
     * id, or a ticket number (the ticket of that number; no reads when there is none).
     *
     * @throws org.itilhis.core.access.NotPermittedException without VIEW_PERSONAL_DATA_READS
     *         (the privacy officer's, by the hospital default); nothing is read then
     * @throws org.itilhis.ports.common.StorageException if the log cannot be read
     */
    List<PersonalDataReads.Recorded> reads(Actor actor, ReadAuditQuery query);
}
