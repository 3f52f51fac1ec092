package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.ZoneId;
import java.util.Map;
import org.itilhis.core.cmdb.CiId;

/**
 * A pre-approved change: the CAB approved, once, work of this kind on these items in these
 * windows, so each standard change made from it needs no assessment and no CAB. Its scope is
 * classes of configuration items ({@code ciClasses}, class codes such as {@code printer}) and
 * explicit items ({@code cis}); its windows are weekly windows in the hospital's zone; its risk
 * is fixed. A standard change outside the scope or the windows is refused
 * ({@link OutsideTemplateException}): it must be raised as a normal change.
 *
 * @param code kebab-case, e.g. {@code ward-printer-swap}
 */
public record ChangeTemplate(String code, String name, ImmutableSet<String> ciClasses, ImmutableSet<CiId> cis,
                             ImmutableList<WeeklyWindow> windows, ZoneId zone, RiskLevel risk) {
    public ChangeTemplate {
        checkNotNull(code, "code");
        checkArgument(code.matches("[a-z][a-z0-9]*(?:-[a-z0-9]+)*"), "template code %s is not kebab-case", code);
        name = ChangeDetails.text(name, "name", 200);
        checkNotNull(ciClasses, "ciClasses");
        checkNotNull(cis, "cis");
        checkArgument(!ciClasses.isEmpty() || !cis.isEmpty(), "template %s has an empty scope", code);
        checkNotNull(windows, "windows");
        checkArgument(!windows.isEmpty(), "template %s has no window", code);
        checkNotNull(zone, "zone");
        checkNotNull(risk, "risk");
    }

    /** Whether {@code ci}, of class {@code classCode}, is in the template's scope. */
    public boolean covers(CiId ci, String classCode) {
        return cis.contains(ci) || ciClasses.contains(classCode);
    }

    /** Whether {@code window} lies wholly inside one occurrence of one of the template's windows. */
    public boolean allows(PlannedWindow window) {
        return windows.stream().anyMatch(w -> w.contains(window.start().atZone(zone), window.end().atZone(zone)));
    }

    /**
     * Checks a standard change made from this template.
     *
     * @param touched the touched items, each with its class code as the CMDB has it
     * @throws OutsideTemplateException naming the first item out of scope, or the window
     */
    public void checkAdmits(Map<CiId, String> touched, PlannedWindow window) {
        checkNotNull(touched, "touched");
        checkNotNull(window, "window");
        touched.forEach((ci, classCode) -> {
            if (!covers(ci, classCode)) {
                throw OutsideTemplateException.scope(code, ci, classCode);
            }
        });
        if (!allows(window)) {
            throw OutsideTemplateException.window(code, window);
        }
    }
}
