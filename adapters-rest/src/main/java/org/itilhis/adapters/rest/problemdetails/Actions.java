package org.itilhis.adapters.rest.problemdetails;

import java.util.Locale;

/** Workflow action names as the API shows them: the path segment of their endpoint. */
public final class Actions {
    private Actions() {
    }

    /** {@code ESCALATE_TO_LEAD} becomes {@code escalate-to-lead}. */
    public static String pathSegment(String actionName) {
        return actionName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
