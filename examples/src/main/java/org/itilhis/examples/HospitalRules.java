package org.itilhis.examples;

import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/** The demo hospital's rules as data: the priority policy and the division of duties. */
final class HospitalRules {
    private final Narrator narrator;

    HospitalRules(Narrator narrator) {
        this.narrator = narrator;
    }

    void print(ServiceDeskSettings settings) {
        narrator.chapter("The rules behind the story");
        narrator.line("Priority policy (PriorityPolicy.describe()):");
        narrator.block(settings.priority().describe());
        narrator.line("Division of duties, most specific rule first (RoutingTable.describe()):");
        narrator.block(settings.routing().describe());
        narrator.line("Quiet period before a resolved ticket closes on its own: " + settings.quietPeriod().toDays()
                + " days; time zone " + settings.zone() + ".");
    }
}
