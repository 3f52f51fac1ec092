package org.itilhis.adapters.rest.change;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.shared.StaffId;

/**
 * The change configuration as the API shows and takes it: standard change templates, advisory
 * boards with their members' seats and their agenda, blackout and maintenance windows (weekly
 * or dated, in the hospital's zone). Times of day are {@code HH:mm}, local date-times {@code
 * 2027-02-10T00:00}, dates {@code 2027-02-10}.
 */
public final class ChangeConfigurationJson {
    private ChangeConfigurationJson() {
    }

    /** A weekly window: the days and the local times it runs from and to. */
    public record WeeklyWindowJson(List<DayOfWeek> days, String from, String to) {
        static WeeklyWindowJson of(WeeklyWindow window) {
            return new WeeklyWindowJson(List.copyOf(window.days()), window.from().toString(), window.to().toString());
        }

        /** The window, or {@code null} with the fields named under {@code field}. */
        WeeklyWindow window(String field, Fields fields) {
            LocalTime opens = parse(field + ".from", from, LocalTime::parse, "field.invalid-time", fields);
            LocalTime closes = parse(field + ".to", to, LocalTime::parse, "field.invalid-time", fields);
            fields.check(days != null && !days.isEmpty() && !days.contains(null), field + ".days", "field.required");
            fields.check(opens == null || closes == null || opens.isBefore(closes), field + ".to",
                    "field.invalid-time");
            if (opens == null || closes == null || days == null || days.isEmpty() || days.contains(null)
                    || !opens.isBefore(closes)) {
                return null;
            }
            return new WeeklyWindow(Set.copyOf(days), opens, closes);
        }
    }

    /** A standard change template. */
    public record ChangeTemplateJson(String code, String name, List<String> ciClasses, List<String> cis,
                                     List<WeeklyWindowJson> windows, String zone, RiskLevel risk) {
        static ChangeTemplateJson of(ChangeTemplate template) {
            return new ChangeTemplateJson(template.code(), template.name(), template.ciClasses().stream().sorted()
                    .toList(), template.cis().stream().map(ci -> ci.value().toString()).sorted().toList(),
                    template.windows().stream().map(WeeklyWindowJson::of).toList(), template.zone().getId(),
                    template.risk());
        }
    }

    /** {@code PUT /change-templates/{code}}: defines or replaces a template. */
    public record DefineTemplateJson(String name, List<String> ciClasses, List<String> cis,
                                     List<WeeklyWindowJson> windows, RiskLevel risk) {
    }

    /** The templates, by code. */
    public record ChangeTemplatesJson(List<ChangeTemplateJson> items) {
    }

    /** One member of a board and the seats they hold. */
    public record CabMemberJson(String staff, List<CabRole> roles) {
    }

    /** An advisory board. */
    public record CabBoardJson(String id, String name, boolean emergency, List<CabMemberJson> members) {
        static CabBoardJson of(ChangeAdvisoryBoard board) {
            return new CabBoardJson(board.id().value(), board.name(), board.emergency(), board.members().entrySet()
                    .stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(StaffId::value)))
                    .map(e -> new CabMemberJson(e.getKey().value(), List.copyOf(e.getValue()))).toList());
        }
    }

    /** {@code PUT /cab/{board}}: defines or replaces a board. */
    public record DefineBoardJson(String name, Boolean emergency, List<CabMemberJson> members) {
        /** The members as the command takes them; {@code null} with the fields named when malformed. */
        Map<StaffId, Set<CabRole>> memberSeats(Fields fields) {
            if (members == null) {
                return null;
            }
            Map<StaffId, Set<CabRole>> seats = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                CabMemberJson member = members.get(i);
                StaffId staff = member == null ? null
                        : fields.id("members[" + i + "].staff", member.staff(), StaffId::of);
                fields.check(member != null && member.staff() != null, "members[" + i + "].staff", "field.required");
                boolean hasRoles = member != null && member.roles() != null && !member.roles().isEmpty()
                        && !member.roles().contains(null);
                fields.check(hasRoles, "members[" + i + "].roles", "field.required");
                if (staff != null && hasRoles) {
                    seats.computeIfAbsent(staff, s -> new LinkedHashSet<>()).addAll(member.roles());
                }
            }
            return seats;
        }
    }

    /** The boards, by id. */
    public record CabBoardsJson(List<CabBoardJson> items) {
    }

    /** A blackout or maintenance window: weekly ({@code weekly}) or dated ({@code start} to {@code end}). */
    public record ChangeWindowJson(String id, String name, WindowKind kind, List<String> attachedTo,
                                   WeeklyWindowJson weekly, String start, String end, String zone,
                                   String effectiveFrom, String effectiveUntil) {
        static ChangeWindowJson of(ChangeWindow window) {
            WeeklyWindowJson weekly = window.timing() instanceof ChangeWindow.Timing.Weekly w
                    ? WeeklyWindowJson.of(w.window()) : null;
            ChangeWindow.Timing.Dated dated = window.timing() instanceof ChangeWindow.Timing.Dated d ? d : null;
            return new ChangeWindowJson(window.id().value(), window.name(), window.kind(),
                    window.attachedTo().stream().map(ci -> ci.value().toString()).sorted().toList(), weekly,
                    dated == null ? null : dated.start().toString(), dated == null ? null : dated.end().toString(),
                    window.zone().getId(), window.effectiveFrom().map(LocalDate::toString).orElse(null),
                    window.effectiveUntil().map(LocalDate::toString).orElse(null));
        }
    }

    /**
     * {@code PUT /blackout-windows/{id}}: defines or replaces a window, either {@code weekly} or
     * dated from {@code start} to {@code end} (local date-times), in force from {@code
     * effectiveFrom} to {@code effectiveUntil} (dates, both inclusive, either absent for open).
     */
    public record DefineWindowJson(String name, WindowKind kind, List<String> attachedTo, WeeklyWindowJson weekly,
                                   String start, String end, String effectiveFrom, String effectiveUntil) {
        /** The timing, or {@code null} with the fields named. */
        ChangeWindow.Timing timing(Fields fields) {
            boolean dated = start != null || end != null;
            fields.check((weekly == null) == dated, "weekly", "field.window-timing");
            if (weekly != null && !dated) {
                WeeklyWindow window = weekly.window("weekly", fields);
                return window == null ? null : new ChangeWindow.Timing.Weekly(window);
            }
            LocalDateTime from = parse("start", start, LocalDateTime::parse, "field.invalid-local-date-time", fields);
            LocalDateTime to = parse("end", end, LocalDateTime::parse, "field.invalid-local-date-time", fields);
            return from == null || to == null || weekly != null ? null : new ChangeWindow.Timing.Dated(from, to);
        }

        LocalDate from(Fields fields) {
            return parse("effectiveFrom", effectiveFrom, LocalDate::parse, "field.invalid-date", fields);
        }

        LocalDate until(Fields fields) {
            return parse("effectiveUntil", effectiveUntil, LocalDate::parse, "field.invalid-date", fields);
        }
    }

    /** The windows, by id. */
    public record ChangeWindowsJson(List<ChangeWindowJson> items) {
    }

    /** The agenda of a board's next meeting: the changes awaiting its decision, the longest waiting first. */
    public record CabAgendaJson(String board, String name, List<CabAgendaItemJson> items) {
    }

    /** One change on the agenda, with when it was submitted and put before the board. */
    public record CabAgendaItemJson(ChangeJson change, java.time.Instant submittedAt,
                                    java.time.Instant approvalRequestedAt) {
    }

    static <T> T parse(String field, String text, Function<String, T> parse, String key, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (DateTimeParseException malformed) {
            fields.check(false, field, key);
            return null;
        }
    }

    static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }
}
