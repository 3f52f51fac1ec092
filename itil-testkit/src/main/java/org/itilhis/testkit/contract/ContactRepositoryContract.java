package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.ContactBuilder.aContact;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.itilhis.testkit.ContactBuilder;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link ContactRepository} must do: store a contact's whole state, find it by
 * id, lock optimistically, hand out independent copies and take part in transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}: each test
 * expects empty storage and the same adapters throughout one test method; writes run inside
 * {@code transactions().inTransaction(...)}.
 */
public interface ContactRepositoryContract {

    /** The adapter under test, the same one throughout a test method. */
    ContactRepository contacts();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aSavedNewContactIsFoundWithAnEqualSnapshot() {
        Contact contact = aContact().withId(contacts().nextId()).build();

        store(contact);

        assertThat(contacts().find(contact.id())).map(Contact::snapshot).contains(contact.snapshot());
    }

    /** Every outcome, every channel and every optional part present or absent come back equal. */
    @TestFactory
    default Stream<DynamicTest> everyKindOfContactComesBackEqual() {
        TicketId ticket = new TicketId(new UUID(2, 1));
        TicketNumber number = TicketNumber.parse("INC-2026-000321");
        Map<String, ContactBuilder> kinds = new LinkedHashMap<>();
        kinds.put("an open contact", aContact());
        kinds.put("a contact resolved at first contact", aContact().resolvedAtFirstContact());
        kinds.put("a contact raised as a ticket", aContact().raisedAs(ticket, number));
        kinds.put("a contact linked to a ticket", aContact().linkedTo(ticket, number));
        kinds.put("a contact without location or extension", aContact().withoutLocation().withoutExtension());
        kinds.put("a contact in Chinese", aContact().describing("门诊挂号系统打不开，病人排长队；吉祥的𠮷显示为问号"));
        for (ContactChannel channel : ContactChannel.values()) {
            kinds.put("a contact by " + channel, aContact().via(channel));
        }
        return kinds.entrySet().stream().map(kind -> DynamicTest.dynamicTest(kind.getKey(), () -> {
            Contact contact = kind.getValue().withId(contacts().nextId()).build();
            store(contact);
            assertThat(load(contact.id()).snapshot()).isEqualTo(contact.snapshot());
        }));
    }

    @Test
    default void anUnknownIdIsNotFound() {
        store(aContact().withId(contacts().nextId()).build());

        assertThat(contacts().find(contacts().nextId())).isEmpty();
    }

    @Test
    default void savingAChangedContactStoresItsOutcomeAndBumpsTheVersion() {
        Contact logged = aContact().withId(contacts().nextId()).build();
        store(logged);
        Contact contact = load(logged.id());

        contact.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "Reset the password", desk(), later(1));
        store(contact);

        Contact stored = load(logged.id());
        assertThat(stored.version()).isEqualTo(logged.version() + 1);
        assertThat(stored.status()).isEqualTo(ContactStatus.RESOLVED_AT_FIRST_CONTACT);
        assertThat(stored.snapshot()).isEqualTo(contact.snapshot());
    }

    @Test
    default void ofTwoContactWritersAtTheSameVersionTheSecondGetsAVersionConflict() {
        Contact logged = aContact().withId(contacts().nextId()).build();
        store(logged);
        Contact first = load(logged.id());
        Contact second = load(logged.id());
        first.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "Reloaded the label roll", desk(), later(1));
        second.raisedAs(new TicketId(new UUID(2, 2)), TicketNumber.parse("INC-2026-000002"), desk(), later(2));

        store(first);

        assertThatThrownBy(() -> store(second))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo("contact.version-conflict");
                    assertThat(conflict.expected()).isEqualTo(logged.version());
                });
        assertThat(load(logged.id()).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aRepeatedSaveOfTheSameChangeIsRefused() {
        Contact logged = aContact().withId(contacts().nextId()).build();
        store(logged);
        Contact contact = load(logged.id());
        contact.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "Reloaded the label roll", desk(), later(1));
        ContractSupport.committed(transactions(), () -> contacts().save(contact));

        // the events were not handed over, so this is the same change once more
        assertThatThrownBy(() -> ContractSupport.committed(transactions(), () -> contacts().save(contact)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(load(logged.id()).snapshot()).isEqualTo(contact.snapshot());
    }

    @Test
    default void aNewContactWhoseIdExistsIsRefused() {
        Contact first = aContact().withId(contacts().nextId()).build();
        store(first);
        Contact twin = aContact().withId(first.id()).describing("Someone else's call").build();

        assertThatThrownBy(() -> store(twin)).isInstanceOf(VersionConflictException.class);

        assertThat(load(first.id()).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void nextContactIdNeverRepeats() {
        Set<ContactId> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(ids.add(contacts().nextId())).as("id %s is new", i).isTrue();
        }
    }

    @Test
    default void aFoundContactIsAnIndependentCopy() {
        Contact logged = aContact().withId(contacts().nextId()).build();
        store(logged);
        ContactSnapshot stored = logged.snapshot();

        Contact copy = load(logged.id());
        copy.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "changed on a copy only", desk(), later(1));
        logged.linkTo(new TicketId(new UUID(2, 3)), TicketNumber.parse("INC-2026-000003"), desk(), later(2));

        assertThat(load(logged.id())).isNotSameAs(copy);
        assertThat(load(logged.id()).snapshot()).isEqualTo(stored);
    }

    @Test
    default void aNewContactSavedInATransactionThatThrowsIsRolledBack() {
        Contact contact = aContact().withId(contacts().nextId()).build();

        ContractSupport.rolledBack(transactions(), () -> contacts().save(contact));

        assertThat(contacts().find(contact.id())).isEmpty();
        store(contact);
        assertThat(load(contact.id()).snapshot()).isEqualTo(contact.snapshot());
    }

    @Test
    default void aContactUpdateSavedInATransactionThatThrowsIsRolledBack() {
        Contact logged = aContact().withId(contacts().nextId()).build();
        store(logged);
        Contact contact = load(logged.id());
        contact.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "Reloaded the label roll", desk(), later(1));

        ContractSupport.rolledBack(transactions(), () -> contacts().save(contact));

        assertThat(load(logged.id()).snapshot()).isEqualTo(logged.snapshot());
    }

    private void store(Contact contact) {
        ContractSupport.committed(transactions(), () -> contacts().save(contact));
        contact.pullEvents();
    }

    private Contact load(ContactId id) {
        return contacts().find(id).orElseThrow(() -> new AssertionError("contact " + id + " is not stored"));
    }

    private static Instant later(int minutes) {
        return ContactBuilder.RECEIVED_AT.plus(Duration.ofMinutes(minutes));
    }

    private static StaffId desk() {
        return DemoHospital.AGENT_CHEN.staffId();
    }
}
