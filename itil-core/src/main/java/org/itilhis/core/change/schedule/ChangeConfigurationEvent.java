package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What happens to the change configuration kept as data: an advisory board, a standard change
 * template or a blackout or maintenance window defined (or redefined), and a window removed. Each
 * event carries the whole value as defined, and the one it replaced, so that the event log alone
 * tells who changed which board's members or moved the Spring Festival freeze, when, and from what.
 * A definition identical to the stored one is recorded all the same (someone stated it again), with
 * {@code previous} equal to the value.
 *
 * <p>The configuration is logged under one aggregate id per kind ({@link #BOARDS},
 * {@link #TEMPLATES}, {@link #WINDOWS}), as the SLA catalogue is under one: a history read gives
 * every definition of that kind in order, and the board, template or window each event is about is
 * in its value. (An id per board or window would not fit the event log's aggregate ids, which may
 * be shorter than a board id, template code or window id may be.)
 *
 * <p>This family sits in the schedule package because it names boards and templates
 * ({@code core.change}) as well as windows, and only this package sees both without a cycle.
 */
public sealed interface ChangeConfigurationEvent extends DomainEvent {
    /** The aggregate id under which board definitions are logged. */
    String BOARDS = "change-boards";
    /** The aggregate id under which template definitions are logged. */
    String TEMPLATES = "change-templates";
    /** The aggregate id under which window definitions and removals are logged. */
    String WINDOWS = "change-windows";

    @Override
    default String type() {
        return "change-configuration." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per change configuration event: a new event does not compile until every handler
     * says what it does with it.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R boardDefined(BoardDefined e);

        R templateDefined(TemplateDefined e);

        R windowDefined(WindowDefined e);

        R windowRemoved(WindowRemoved e);
    }

    /** A board defined, with its members and seats; {@code previous} is the board it replaced, if any. */
    record BoardDefined(ChangeAdvisoryBoard board, Optional<ChangeAdvisoryBoard> previous, StaffId actor,
                        Instant occurredAt) implements ChangeConfigurationEvent {
        public BoardDefined {
            checkNotNull(board, "board");
            checkNotNull(previous, "previous");
            checkNotNull(actor, "actor");
            checkNotNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return BOARDS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.boardDefined(this);
        }
    }

    /** A standard change template defined (scope, windows, zone, risk); {@code previous} is the one it replaced, if any. */
    record TemplateDefined(ChangeTemplate template, Optional<ChangeTemplate> previous, StaffId actor,
                           Instant occurredAt) implements ChangeConfigurationEvent {
        public TemplateDefined {
            checkNotNull(template, "template");
            checkNotNull(previous, "previous");
            checkNotNull(actor, "actor");
            checkNotNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return TEMPLATES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.templateDefined(this);
        }
    }

    /**
     * A blackout or maintenance window defined (attached items, timing, zone, effective dates);
     * {@code previous} is the one it replaced, if any.
     */
    record WindowDefined(ChangeWindow window, Optional<ChangeWindow> previous, StaffId actor,
                         Instant occurredAt) implements ChangeConfigurationEvent {
        public WindowDefined {
            checkNotNull(window, "window");
            checkNotNull(previous, "previous");
            checkNotNull(actor, "actor");
            checkNotNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return WINDOWS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.windowDefined(this);
        }
    }

    /** A window removed (defined by mistake), as it was just before. */
    record WindowRemoved(ChangeWindow window, StaffId actor, Instant occurredAt) implements ChangeConfigurationEvent {
        public WindowRemoved {
            checkNotNull(window, "window");
            checkNotNull(actor, "actor");
            checkNotNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return WINDOWS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.windowRemoved(this);
        }
    }
}
