package org.itilhis.core.shared;

/**
 * The roles of DOMAIN.md. A person may hold several; what each role may do is decided by
 * the access policies of the aggregates, never by adapters.
 */
public enum Role {
    /** A doctor, nurse or clerk who reports IT problems and confirms their own tickets. */
    REPORTER,
    /** Takes calls at the single service desk, logs contacts, raises and closes tickets. */
    SERVICE_DESK_AGENT,
    /** On-site engineer: works tickets of the groups they belong to. */
    FIRST_LINE_ENGINEER,
    /** Specialist engineer: works tickets of the groups they belong to. */
    SECOND_LINE_ENGINEER,
    /** Leads assignment groups: reassigns, escalates, overrides priority. */
    GROUP_LEAD,
    PROBLEM_MANAGER,
    CHANGE_MANAGER,
    CAB_MEMBER,
    RELEASE_MANAGER,
    CONFIGURATION_MANAGER,
    /** Reads everything, for reports; may declare a major incident. */
    IT_DIRECTOR,
    /**
     * The external vendor's engineer: works only the tickets assigned to the vendor's group
     * (or to them), and never sees who called or where from.
     */
    VENDOR_ENGINEER,
    /** The hospital's privacy officer: reads the audit of who read which personal data. */
    PRIVACY_OFFICER,
    /** The library itself acting on a timer (automatic closure) or a monitoring feed. */
    SYSTEM
}
