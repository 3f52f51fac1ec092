package org.itilhis.ports.operations.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockKind;

/**
 * The stock's commands, each carrying its actor and checked with Jakarta Validation before
 * anything is read. Item and store room codes are text of the form of {@link
 * org.itilhis.core.stock.StockItemCode}; quantities are whole units of the item, at most a
 * million at once. {@code expectedVersion}, when given, is the version the actor saw.
 */
public final class StockCommand {
    /** The form of an item's or a store room's code. */
    public static final String CODE = "[A-Za-z0-9._-]{1,40}";
    /** The most moved, counted or set as a threshold in one command. */
    public static final long MAX_QUANTITY = 1_000_000;

    private StockCommand() {
    }

    /**
     * Defines a new item: its code, name and unit, whether consumable or spare part, the CI class
     * it fits (if any), its owner, and its reorder threshold per store room code.
     */
    public record DefineItem(@NotNull Actor actor, @NotNull @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 20) String unit, @NotNull StockKind kind,
            @Size(max = 64) String ciClass, @NotNull StaffId owner,
            @NotNull @Size(max = 100) Map<@NotNull @Pattern(regexp = CODE) String,
                    @NotNull @PositiveOrZero @Max(MAX_QUANTITY) Long> reorderThresholds) {
    }

    /** Revises an item's details (all of them, as {@link DefineItem}); its code stays. */
    public record ReviseItem(@NotNull Actor actor, @NotNull @Pattern(regexp = CODE) String code,
            @PositiveOrZero Long expectedVersion, @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 20) String unit, @NotNull StockKind kind, @Size(max = 64) String ciClass,
            @NotNull StaffId owner, @NotNull @Size(max = 100) Map<@NotNull @Pattern(regexp = CODE) String,
                    @NotNull @PositiveOrZero @Max(MAX_QUANTITY) Long> reorderThresholds) {
    }

    /** Defines a store room, or renames one ({@code expectedVersion} the version seen, when it exists). */
    public record DefineStoreRoom(@NotNull Actor actor, @NotNull @Pattern(regexp = CODE) String code,
            @PositiveOrZero Long expectedVersion, @NotBlank @Size(max = 200) String name) {
    }

    /** Receives {@code quantity} of {@code item} into {@code room}, from {@code supplier} with its {@code reference}. */
    public record Receive(@NotNull Actor actor, @NotNull @Pattern(regexp = CODE) String item,
            @NotNull @Pattern(regexp = CODE) String room, @Positive @Max(MAX_QUANTITY) long quantity,
            @Size(max = 200) String supplier, @Size(max = 100) String reference, @Size(max = 1000) String note) {
    }

    /**
     * Issues {@code quantity} of {@code item} from {@code room} to {@code recipient} of {@code
     * recipientKind} (a staff id, a department, a ticket number, a repair record's id); {@code
     * department} is whose consumption it counts as (for an issue to a department, that
     * department, which it may repeat).
     */
    public record Issue(@NotNull Actor actor, @NotNull @Pattern(regexp = CODE) String item,
            @NotNull @Pattern(regexp = CODE) String room, @Positive @Max(MAX_QUANTITY) long quantity,
            @NotNull RecipientKind recipientKind, @NotBlank @Size(max = 64) String recipient,
            @Size(max = 64) String department, @Size(max = 1000) String note) {
    }

    /** Moves {@code quantity} of {@code item} from store room {@code from} to {@code to}. */
    public record Transfer(@NotNull Actor actor, @NotNull @Pattern(regexp = CODE) String item,
            @NotNull @Pattern(regexp = CODE) String from, @NotNull @Pattern(regexp = CODE) String to,
            @Positive @Max(MAX_QUANTITY) long quantity, @Size(max = 1000) String note) {
    }

    /**
     * Records a stock-take of {@code item} in {@code room}: {@code counted} replaces the balance
     * and the difference is recorded. {@code expectedBalance}, when given, is the book balance
     * the counter saw; the count is refused as a conflict if a movement changed it since.
     */
    public record TakeStock(@NotNull Actor actor, @NotNull @Pattern(regexp = CODE) String item,
            @NotNull @Pattern(regexp = CODE) String room, @PositiveOrZero @Max(MAX_QUANTITY) long counted,
            @PositiveOrZero Long expectedBalance, @Size(max = 1000) String note) {
    }

    /** One line of parts for a repair: {@code quantity} of {@code item} from {@code room}. */
    public record Part(@NotNull @Pattern(regexp = CODE) String item, @NotNull @Pattern(regexp = CODE) String room,
            @Positive @Max(MAX_QUANTITY) long quantity) {
    }

    /**
     * Issues {@code parts} to the repair record {@code repair} (its id), all or none, counted as
     * {@code department}'s consumption when given: the repairs' use case, run inside the
     * repair's own transaction.
     */
    public record IssueToRepair(@NotNull Actor actor, @NotBlank @Size(max = 64) String repair,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Part> parts, @Size(max = 64) String department,
            @Size(max = 1000) String note) {
    }
}
