package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.TicketBuilder.aTicket;

import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.junit.jupiter.api.Test;

class TicketBuilderTest {

    @Test
    void everyStateIsReachedThroughRealCommandsAndTheWholeHistoryIsPending() {
        for (TicketStatus status : TicketStatus.values()) {
            Ticket ticket = aTicket().inState(status).build();

            assertThat(ticket.status()).as("state").isEqualTo(status);
            assertThat(ticket.pendingEvents()).as("pending events of a %s ticket", status).hasSize(
                    (int) ticket.version());
            assertThat(Ticket.replay(ticket.pendingEvents()).snapshot()).isEqualTo(ticket.snapshot());
        }
    }

    @Test
    void everyPriorityIsAssessedByTheHospitalPolicy() {
        for (Priority priority : Priority.values()) {
            Ticket ticket = aTicket().withPriority(priority).build();

            assertThat(ticket.priority()).isEqualTo(priority);
            assertThat(ticket.assessment().matrixPriority()).isEqualTo(priority);
        }
    }

    @Test
    void aMajorIncidentIsP1() {
        Ticket ticket = aTicket().withPriority(Priority.P4).majorIncident().build();

        assertThat(ticket.isMajorIncident()).isTrue();
        assertThat(ticket.priority()).isEqualTo(Priority.P1);
    }

    @Test
    void aServiceRequestIsNumberedInItsOwnSeriesAndCannotBeMajor() {
        Ticket request = aTicket().serviceRequest().build();

        assertThat(request.type()).isEqualTo(TicketType.SERVICE_REQUEST);
        assertThat(request.number().type()).isEqualTo(TicketType.SERVICE_REQUEST);
        assertThatThrownBy(() -> aTicket().serviceRequest().majorIncident().build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGroupIsWorkedAtItsTier() {
        Ticket ticket = aTicket().inGroup(DemoHospital.HIS_SUPPORT).withEngineer(DemoHospital.SPECIALIST_HUANG.staffId())
                .assigned().build();

        assertThat(ticket.group()).isEqualTo(DemoHospital.HIS_SUPPORT);
        assertThat(ticket.tier()).isEqualTo(SupportTier.SECOND_LINE);
        assertThat(ticket.engineer()).contains(DemoHospital.SPECIALIST_HUANG.staffId());
    }

    @Test
    void defaultNumbersAndIdsDoNotRepeat() {
        Ticket first = aTicket().build();
        Ticket second = aTicket().build();

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.number()).isNotEqualTo(second.number());
        assertThat(aTicket().withNumber(TicketNumber.parse("REQ-2025-000007")).build().type())
                .isEqualTo(TicketType.SERVICE_REQUEST);
    }
}
