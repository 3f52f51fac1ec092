package org.itilhis.ports.configuration.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.RowProblem;

/**
 * The columns of an import file, read from its header row: which field or class attribute
 * each column holds, under the header text the file gives it. A header that is neither a
 * field nor an attribute of any class is reported (once, on line 1) and its column ignored;
 * a missing required column or two columns for the same code make the file unusable.
 */
final class ImportColumns {
    /** A column the import reads: its position, its header as in the file, and its code. */
    record Column(int index, String header, String code, boolean isField) {}

    /** How a problem names a cell under no header: {@code #} and its 1-based position. */
    private static final Pattern UNNAMED = Pattern.compile("#\\d{1,6}");

    private final ImmutableList<Column> columns;
    private final ImmutableMap<String, Column> byCode;
    private final ImmutableList<String> header;

    private ImportColumns(List<Column> columns, List<String> header) {
        this.columns = ImmutableList.copyOf(columns);
        Map<String, Column> codes = new LinkedHashMap<>();
        columns.forEach(c -> codes.put(c.code(), c));
        this.byCode = ImmutableMap.copyOf(codes);
        this.header = ImmutableList.copyOf(header);
    }

    /**
     * The columns of {@code header} (line {@code line}); the problems found are added to
     * {@code problems}, and the result is empty when the file cannot be read at all.
     */
    static Optional<ImportColumns> read(List<String> header, int line, ImportOptions options,
                                        CiClassCatalogue classes, List<RowProblem> problems) {
        Set<String> attributes = new HashSet<>();
        classes.classes().forEach(c -> attributes.addAll(c.attributes().keySet()));
        List<Column> columns = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            String code = options.codeOf(text);
            boolean field = ImportOptions.FIELDS.contains(code);
            if (!field && !attributes.contains(code)) {
                problems.add(RowProblem.of(line, text, "cmdb.import.unknown-column"));
                continue;
            }
            String earlier = seen.putIfAbsent(code, text);
            if (earlier != null) {
                problems.add(RowProblem.of(line, text, "cmdb.import.duplicate-column", code, earlier));
                usable = false;
                continue;
            }
            columns.add(new Column(i, text, code, field));
        }
        for (String required : ImportOptions.REQUIRED_FIELDS) {
            if (!seen.containsKey(required)) {
                problems.add(RowProblem.of(line, "", "cmdb.import.missing-column", required));
                usable = false;
            }
        }
        return usable ? Optional.of(new ImportColumns(columns, header)) : Optional.empty();
    }

    ImmutableList<Column> columns() {
        return columns;
    }

    /** The column holding the field or attribute {@code code}, if the file has one. */
    Optional<Column> column(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The header of the column holding {@code code}, or the code itself when the file has no such column. */
    String headerOf(String code) {
        return column(code).map(Column::header).orElse(code);
    }

    /** Where a problem in the column headed {@code text} sorts within its row: file order, absent columns last. */
    int positionOf(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        OptionalInt named = columns.stream().filter(c -> c.header().equals(text)).mapToInt(Column::index).findFirst();
        if (named.isPresent()) {
            return named.getAsInt();
        }
        return UNNAMED.matcher(text).matches() ? Integer.parseInt(text.substring(1)) - 1 : Integer.MAX_VALUE;
    }

    /** Whether the header row names a column at {@code index} (a blank header or none names nothing). */
    /** Whether the file has a column for the field or attribute {@code code}. */
    boolean has(String code) {
        return columns.stream().anyMatch(column -> column.code().equals(code));
    }

    boolean isNamed(int index) {
        return index < header.size() && !header.get(index).isBlank();
    }
}
