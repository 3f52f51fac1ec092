package org.itilhis.adapters.rest;

import java.time.Instant;
import org.itilhis.ports.common.PersonalDataReads;

/**
 * One read of a ticket or contact by a person.
 *
 * @param reader  the staff id of who was shown the record
 * @param kind    {@code TICKET} or {@code CONTACT}
 * @param record  the ticket's or contact's id
 * @param origin  the reader's network address as the server saw it; absent when unknown
 * @param purpose the read: ticket, ticket-history, queue, search or contact
 */
public record PersonalDataReadJson(Instant at, String reader, String kind, String record, String origin,
                                   String purpose) {
    static PersonalDataReadJson of(PersonalDataReads.Recorded recorded) {
        var read = recorded.read();
        return new PersonalDataReadJson(read.at(), read.reader().value(), read.kind().name(), read.recordId(),
                read.origin().orElse(null), read.purpose());
    }
}
