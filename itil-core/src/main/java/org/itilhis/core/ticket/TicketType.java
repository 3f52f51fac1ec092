package org.itilhis.core.ticket;

/** Incident or service request; decides the number prefix and the workflow. */
public enum TicketType {
    INCIDENT("INC"),
    SERVICE_REQUEST("REQ");

    private final String prefix;

    TicketType(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of human ticket numbers, {@code INC} or {@code REQ}. */
    public String prefix() {
        return prefix;
    }

    public static TicketType ofPrefix(String prefix) {
        for (TicketType type : values()) {
            if (type.prefix.equals(prefix)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown ticket number prefix " + prefix);
    }
}
