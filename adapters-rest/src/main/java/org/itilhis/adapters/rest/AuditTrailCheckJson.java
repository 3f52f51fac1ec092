package org.itilhis.adapters.rest;

import java.util.Locale;
import org.itilhis.adapters.rest.problemdetails.ProblemTexts;
import org.itilhis.ports.common.AuditTrailCheck;

/**
 * What a verification of the audit trail found.
 *
 * @param holds           whether every event is in place up to the head of the chain
 * @param eventsChecked   the events found in place, up to the first broken link
 * @param unchainedEvents of those, the events logged before the chain began, checked for their place only
 * @param lastPosition    the position of the last event found in place (0 when none)
 * @param firstBrokenLink where the chain breaks first; absent when it holds
 */
public record AuditTrailCheckJson(boolean holds, long eventsChecked, long unchainedEvents, long lastPosition,
                                  BrokenLinkJson firstBrokenLink) {
    static AuditTrailCheckJson of(AuditTrailCheck check, Locale locale) {
        return new AuditTrailCheckJson(check.holds(), check.eventsChecked(), check.unchainedEvents(),
                check.lastPosition(), check.firstBrokenLink().map(link -> BrokenLinkJson.of(link, locale)).orElse(null));
    }

    /**
     * The first broken link.
     *
     * @param position where the chain breaks
     * @param fault    what is wrong there
     * @param message  what that means, in the reader's language
     */
    public record BrokenLinkJson(long position, AuditTrailCheck.Fault fault, String message) {
        static BrokenLinkJson of(AuditTrailCheck.BrokenLink link, Locale locale) {
            return new BrokenLinkJson(link.position(), link.fault(),
                    ProblemTexts.format("audit.fault." + link.fault().name(), locale, Long.toString(link.position())));
        }
    }
}
