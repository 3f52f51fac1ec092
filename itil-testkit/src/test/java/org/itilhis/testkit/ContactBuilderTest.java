package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.ContactBuilder.aContact;

import java.util.UUID;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.junit.jupiter.api.Test;

class ContactBuilderTest {
    private final TicketId ticket = new TicketId(new UUID(3, 1));
    private final TicketNumber number = TicketNumber.parse("INC-2026-000005");

    @Test
    void aContactIsLoggedOpenByDefault() {
        Contact contact = aContact().build();

        assertThat(contact.status()).isEqualTo(ContactStatus.OPEN);
        assertThat(contact.details().caller()).isEqualTo(DemoHospital.NURSE_WANG.staffId());
        assertThat(contact.pendingEvents()).hasSize(1);
    }

    @Test
    void eachOutcomeIsRecordedThroughTheRealCommand() {
        assertThat(aContact().resolvedAtFirstContact().build().status())
                .isEqualTo(ContactStatus.RESOLVED_AT_FIRST_CONTACT);
        assertThat(aContact().raisedAs(ticket, number).build().outcome())
                .isEqualTo(new ContactOutcome.RaisedAsTicket(ticket, number));
        Contact linked = aContact().linkedTo(ticket, number).build();
        assertThat(linked.outcome()).isEqualTo(new ContactOutcome.LinkedToTicket(ticket, number));
        assertThat(Contact.replay(linked.pendingEvents()).snapshot()).isEqualTo(linked.snapshot());
    }

    @Test
    void optionalPartsCanBeLeftOut() {
        Contact contact = aContact().withoutLocation().withoutExtension().build();

        assertThat(contact.details().location()).isEmpty();
        assertThat(contact.details().extension()).isEmpty();
    }
}
