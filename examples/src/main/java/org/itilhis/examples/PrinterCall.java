package org.itilhis.examples;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.WARD_5_EAST;
import static org.itilhis.testkit.DemoHospital.WARD_5_EAST_STATION;

import java.time.Duration;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/** Scene (a): nurse Wang phones about a printer and the desk solves it during the call. */
final class PrinterCall {
    private final InMemoryServiceDesk hospital;
    private final Narrator narrator;

    PrinterCall(InMemoryServiceDesk hospital, Narrator narrator) {
        this.hospital = hospital;
        this.narrator = narrator;
    }

    void play() {
        narrator.chapter("(a) Nurse Wang's printer: solved at first contact");
        hospital.clock.advance(Duration.ofMinutes(2));
        ContactView call = hospital.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                NURSE_WANG.staffId(), WARD_5_EAST, WARD_5_EAST_STATION, "5501",
                "The printer at the nurse station shows a paper jam; discharge summaries are waiting"));
        narrator.step(AGENT_CHEN, "logs a phone call from " + narrator.name(NURSE_WANG.staffId()));
        narrator.contact(call);
        hospital.clock.advance(Duration.ofMinutes(4));
        ContactView solved = hospital.desk.desk().resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(
                AGENT_CHEN, call.id(), ResolutionCode.ADVICE_GIVEN,
                "Guided the nurse to clear the jam behind tray 2; the waiting summaries printed"));
        narrator.step(AGENT_CHEN, "solves it during the call: contact " + solved.status());
        Resolution resolution = ((ContactOutcome.ResolvedAtFirstContact) solved.outcome()).resolution();
        narrator.detail("resolution " + resolution.code() + ": " + resolution.note());
    }
}
