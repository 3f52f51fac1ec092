package org.itilhis.ports.servicedesk.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;

/** The service desk's commands on contacts. Nullable components are optional. */
public sealed interface ContactCommand {
    Actor actor();

    /** Hands this command to the {@code visitor} method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per contact command: whatever dispatches them implements it, so a new
     * command does not compile until each dispatcher says what it does with it.
     */
    interface Visitor<R> {
        R log(Log command);

        R resolveAtFirstContact(ResolveAtFirstContact command);

        R raiseTicket(RaiseTicket command);

        R linkToTicket(LinkToTicket command);
    }

    /** Records a call, visit or message as it comes in. */
    record Log(
            @NotNull Actor actor,
            @NotNull ContactChannel channel,
            @NotNull StaffId caller,
            @NotNull DepartmentId department,
            LocationId location,
            @Pattern(regexp = "[0-9+#*\\- ]{1,20}") String extension,
            @NotBlank @Size(max = 8000) String description) implements ContactCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.log(this);
        }
    }

    /** The desk solved it during the contact. */
    record ResolveAtFirstContact(
            @NotNull Actor actor,
            @NotNull ContactId contact,
            @NotNull ResolutionCode code,
            @NotBlank @Size(max = 4000) String note) implements ContactCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resolveAtFirstContact(this);
        }
    }

    /**
     * The contact becomes a new incident or service request, routed by {@code category}
     * (and location, CI class) and prioritised from impact, urgency and criticality.
     */
    record RaiseTicket(
            @NotNull Actor actor,
            @NotNull ContactId contact,
            @NotNull TicketType type,
            @NotBlank @Size(max = 200) String summary,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*") String category,
            @NotBlank @Size(max = 40) String impact,
            @NotBlank @Size(max = 40) String urgency,
            @NotNull ServiceCriticality criticality,
            boolean majorIncident,
            @Size(max = 100) String ciClass) implements ContactCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raiseTicket(this);
        }
    }

    /** The contact is about an outage that already has an open ticket. */
    record LinkToTicket(
            @NotNull Actor actor,
            @NotNull ContactId contact,
            @NotNull TicketId ticket) implements ContactCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.linkToTicket(this);
        }
    }
}
