package org.itilhis.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.itilhis.core.contact.ContactEvent.LinkedToTicket;
import org.itilhis.core.contact.ContactEvent.Logged;
import org.itilhis.core.contact.ContactEvent.RaisedAsTicket;
import org.itilhis.core.contact.ContactEvent.ResolvedAtFirstContact;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {
    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = RECEIVED.plusSeconds(120);
    private static final StaffId NURSE = StaffId.of("N1001");
    private static final StaffId AGENT = StaffId.of("S0001");
    private static final TicketId TICKET = new TicketId(new UUID(0, 7));
    private static final TicketNumber NUMBER = TicketNumber.of(TicketType.INCIDENT, 2026, 7);

    private static ContactDetails details(String description) {
        return new ContactDetails(ContactChannel.PHONE, NURSE, DepartmentId.of("ward-5-east"),
                Optional.of(LocationId.of("building-2/floor-5")), Optional.of(" 5501 "), RECEIVED, description);
    }

    private static Contact logged() {
        return Contact.log(new ContactId(new UUID(3, 1)), details("  PC in room 12 will not start  "), AGENT, RECEIVED);
    }

    /** The three ways a contact ends, each with valid arguments. */
    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of(ContactStatus.RESOLVED_AT_FIRST_CONTACT, (Consumer<Contact>) c ->
                        c.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "switched the monitor on", AGENT, LATER)),
                Arguments.of(ContactStatus.RAISED_AS_TICKET, (Consumer<Contact>) c -> c.raisedAs(TICKET, NUMBER, AGENT, LATER)),
                Arguments.of(ContactStatus.LINKED_TO_TICKET, (Consumer<Contact>) c -> c.linkTo(TICKET, NUMBER, AGENT, LATER)));
    }

    @Test
    void aLoggedContactIsOpenAtVersionOneAndRecordsLogged() {
        Contact contact = logged();

        assertThat(contact.status()).isEqualTo(ContactStatus.OPEN);
        assertThat(contact.outcome()).isEqualTo(new ContactOutcome.Pending());
        assertThat(contact.version()).isEqualTo(1);
        assertThat(contact.loggedBy()).isEqualTo(AGENT);
        assertThat(contact.details().description()).isEqualTo("PC in room 12 will not start");
        assertThat(contact.pendingEvents()).singleElement().isInstanceOfSatisfying(Logged.class, e -> {
            assertThat(e.occurredAt()).isEqualTo(RECEIVED);
            assertThat(e.type()).isEqualTo("contact.logged");
            assertThat(e.aggregateId()).isEqualTo(contact.id().toString());
        });
    }

    @Test
    void resolvingAtFirstContactKeepsTheResolution() {
        Contact contact = logged();

        contact.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, " switched the monitor on ", AGENT, LATER);

        Resolution resolution = Resolution.of(ResolutionCode.ADVICE_GIVEN, "switched the monitor on");
        assertThat(contact.outcome()).isEqualTo(new ContactOutcome.ResolvedAtFirstContact(resolution));
        assertThat(contact.pendingEvents()).last().isEqualTo(new ResolvedAtFirstContact(contact.id(), resolution, AGENT, LATER));
    }

    @Test
    void raisingAsATicketRemembersTheTicket() {
        Contact contact = logged();

        contact.raisedAs(TICKET, NUMBER, AGENT, LATER);

        assertThat(contact.status()).isEqualTo(ContactStatus.RAISED_AS_TICKET);
        assertThat(contact.outcome()).isEqualTo(new ContactOutcome.RaisedAsTicket(TICKET, NUMBER));
        assertThat(contact.pendingEvents()).last().isInstanceOf(RaisedAsTicket.class);
    }

    @Test
    void linkingToATicketRemembersTheTicket() {
        Contact contact = logged();

        contact.linkTo(TICKET, NUMBER, AGENT, LATER);

        assertThat(contact.outcome()).isEqualTo(new ContactOutcome.LinkedToTicket(TICKET, NUMBER));
        assertThat(contact.pendingEvents()).last().isInstanceOf(LinkedToTicket.class)
                .extracting(ContactEvent::type).isEqualTo("contact.linked-to-ticket");
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void everyOutcomeRecordsOneEventAndRaisesTheVersionByOne(ContactStatus status, Consumer<Contact> command) {
        Contact contact = logged();

        command.accept(contact);

        assertThat(contact.status()).isEqualTo(status);
        assertThat(contact.status().isTerminal()).isTrue();
        assertThat(contact.pendingEvents()).hasSize(2);
        assertThat(contact.version()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void aContactEndsOnlyOnce(ContactStatus status, Consumer<Contact> first) {
        for (Arguments second : outcomes().toList()) {
            Contact contact = logged();
            first.accept(contact);
            ContactSnapshot before = contact.snapshot();

            @SuppressWarnings("unchecked")
            Throwable refusal = catchThrowable(() -> ((Consumer<Contact>) second.get()[1]).accept(contact));

            assertThat(refusal).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                assertThat(e.workflow()).isEqualTo("contact");
                assertThat(e.state()).isEqualTo(status.name());
                assertThat(e.allowedActions()).isEmpty();
            });
            assertThat(contact.snapshot()).isEqualTo(before);
            assertThat(contact.pendingEvents()).hasSize(2);
        }
    }

    @Test
    void resolvingWithoutACodeIsAMissingField() {
        Contact contact = logged();

        assertThatThrownBy(() -> contact.resolveAtFirstContact(null, "note", AGENT, LATER))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(Contact.RESOLUTION_CODE));
        assertThat(contact.status()).isEqualTo(ContactStatus.OPEN);
        assertThat(contact.pendingEvents()).hasSize(1);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void resolvingWithoutANoteIsAMissingField(String note) {
        Contact contact = logged();

        assertThatThrownBy(() -> contact.resolveAtFirstContact(ResolutionCode.FIXED, note, AGENT, LATER))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(Contact.RESOLUTION_NOTE));
        assertThat(contact.pendingEvents()).hasSize(1);
    }

    @Test
    void raisingOrLinkingWithoutTheTicketIsAMissingField() {
        Contact contact = logged();

        assertThatThrownBy(() -> contact.raisedAs(null, NUMBER, AGENT, LATER))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(Contact.TICKET));
        assertThatThrownBy(() -> contact.linkTo(TICKET, null, AGENT, LATER))
                .isInstanceOf(MissingRequiredFieldException.class);
        assertThat(contact.status()).isEqualTo(ContactStatus.OPEN);
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void replayingTheHistoryRebuildsTheContact(ContactStatus status, Consumer<Contact> command) {
        Contact contact = logged();
        command.accept(contact);

        assertThat(Contact.replay(contact.pendingEvents()).snapshot()).isEqualTo(contact.snapshot());
    }

    @Test
    void replayingAnOpenContactGivesTheOpenContact() {
        Contact contact = logged();

        assertThat(Contact.replay(contact.pendingEvents()).snapshot()).isEqualTo(contact.snapshot());
    }

    @Test
    void aHistoryMustStartWithLogged() {
        Contact contact = logged();
        contact.raisedAs(TICKET, NUMBER, AGENT, LATER);
        List<ContactEvent> history = contact.pendingEvents();

        assertThatIllegalArgumentException().isThrownBy(() -> Contact.replay(history.subList(1, 2)));
        assertThatIllegalArgumentException().isThrownBy(() -> Contact.replay(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> Contact.replay(List.of(history.get(0), history.get(0))));
    }

    @Test
    void aHistoryMustBelongToOneContact() {
        Contact other = Contact.log(new ContactId(new UUID(3, 2)), details("another call"), AGENT, RECEIVED);
        other.raisedAs(TICKET, NUMBER, AGENT, LATER);
        List<ContactEvent> mixed = List.of(logged().pendingEvents().get(0), other.pendingEvents().get(1));

        assertThatIllegalArgumentException().isThrownBy(() -> Contact.replay(mixed))
                .withMessageContaining("another contact");
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void restoringASnapshotGivesBackTheSameSnapshotAndNoEvents(ContactStatus status, Consumer<Contact> command) {
        Contact contact = logged();
        command.accept(contact);

        Contact restored = Contact.restore(contact.snapshot());

        assertThat(restored.snapshot()).isEqualTo(contact.snapshot());
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void pullingHandsTheEventsOverOnce() {
        Contact contact = logged();

        assertThat(contact.pullEvents()).hasSize(1);
        assertThat(contact.pullEvents()).isEmpty();
        assertThat(contact.version()).isEqualTo(1);
    }

    @Test
    void theWorkflowEndsInOneOfThreeOutcomesFromOpen() {
        assertThat(Contact.WORKFLOW.initial()).isEqualTo(ContactStatus.OPEN);
        assertThat(Contact.WORKFLOW.terminals()).containsExactlyInAnyOrder(ContactStatus.RESOLVED_AT_FIRST_CONTACT,
                ContactStatus.RAISED_AS_TICKET, ContactStatus.LINKED_TO_TICKET);
        assertThat(Contact.WORKFLOW.allowedActions(ContactStatus.OPEN)).containsExactly(ContactAction.values());
        for (ContactStatus status : ContactStatus.values()) {
            assertThat(Contact.WORKFLOW.isTerminal(status)).isEqualTo(status.isTerminal());
        }
    }

    @Test
    void theDetailsStripTheExtensionAndDropABlankOne() {
        assertThat(details("x").extension()).contains("5501");
        ContactDetails blank = new ContactDetails(ContactChannel.WALK_IN, NURSE, DepartmentId.of("ward"),
                Optional.empty(), Optional.of("   "), RECEIVED, "x");
        assertThat(blank.extension()).isEmpty();
    }

    @Test
    void anExtensionMustLookLikeAPhoneExtension() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ContactDetails(ContactChannel.PHONE, NURSE,
                DepartmentId.of("ward"), Optional.empty(), Optional.of("call me"), RECEIVED, "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aContactNeedsADescription(String description) {
        assertThatIllegalArgumentException().isThrownBy(() -> details(description));
    }

    @Test
    void aDescriptionIsAtMost8000Characters() {
        assertThat(details("x".repeat(8000)).description()).hasSize(8000);
        assertThatIllegalArgumentException().isThrownBy(() -> details("x".repeat(8001)));
    }
}
