package org.itilhis.core.roster;

/** The two people who sign a handover. */
public enum HandoverParty {
    /** The engineer whose shift ends. */
    OUTGOING,
    /** The engineer whose shift begins. */
    INCOMING
}
