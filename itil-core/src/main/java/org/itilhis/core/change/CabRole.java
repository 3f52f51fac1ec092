package org.itilhis.core.change;

/** The seat a member holds on a change advisory board; a member may hold several. */
public enum CabRole {
    /** Chairs the board; alone approves low-risk changes. */
    CHANGE_MANAGER,
    /** The head of the IT department: must approve high-risk changes. */
    IT_DIRECTOR,
    /** The lead of an assignment group (the owning group's, or one whose items are touched). */
    GROUP_LEAD,
    /** A clinician or nurse manager who speaks for the wards: must approve when a clinical-critical service is reached. */
    CLINICAL_REPRESENTATIVE,
    /** The information security officer. */
    SECURITY,
    /** The owner of a business service (HIS, PACS, LIS). */
    SERVICE_OWNER
}
