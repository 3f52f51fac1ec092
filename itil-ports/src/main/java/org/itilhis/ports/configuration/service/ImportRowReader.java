package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.AttributeViolation;
import org.itilhis.core.cmdb.CiClass;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.DateText;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Text;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.RowProblem;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.configuration.service.ImportColumns.Column;

/**
 * Turns the rows of an import file into {@link CiData}, finding every problem of a row at
 * once: values that do not parse (class, criticality, status, date), broken constraints of
 * {@link CiData}, attribute values that do not fit the row's class, an asset tag already used
 * higher up in the file, and a stored item of another class under the same asset tag. One
 * reader reads one file, top to bottom, in the import's transactions (a batch of rows each).
 */
final class ImportRowReader {
    /**
     * A row without problems, ready for the upsert: starting on {@code line}, validated against
     * the stored item with its asset tag at {@code storedVersion}, or 0 when there was none.
     */
    record ValidRow(int line, String classCode, CiData data, CiStatus status, long storedVersion) {}

    /** The state an imported item is registered in when the row gives none: found in the estate, so in use. */
    static final CiStatus DEFAULT_STATUS = CiStatus.IN_USE;

    private final ImportColumns columns;
    private final Map<String, CiClass> classesByName = new HashMap<>();
    private final Validator validator;
    private final ConfigurationItemRepository items;
    private final Map<String, Integer> assetTagLines = new HashMap<>();

    ImportRowReader(ImportColumns columns, CiClassCatalogue classes, Validator validator,
                    ConfigurationItemRepository items) {
        this.columns = checkNotNull(columns, "columns");
        this.validator = checkNotNull(validator, "validator");
        this.items = checkNotNull(items, "items");
        for (CiClass ciClass : classes.classes()) {
            classesByName.put(key(ciClass.name().in(Locale.ENGLISH)), ciClass);
            classesByName.put(key(ciClass.name().in(Locale.CHINESE)), ciClass);
        }
        classes.classes().forEach(c -> classesByName.put(c.code(), c));
    }

    /** Reads the row starting on {@code line}; its problems go to {@code problems}, in column order. */
    Optional<ValidRow> read(int line, List<String> cells, List<RowProblem> problems) {
        return read(line, cells, problems, OptionalLong.empty());
    }

    /**
     * Reads again, to write it, a row that {@link #read} of another reader found valid when the
     * stored item with its asset tag was at {@code validatedVersion} (0: there was none).
     *
     * @throws org.itilhis.core.shared.VersionConflictException if that item changed since
     * @throws org.itilhis.core.cmdb.DuplicateAssetTagException if an item was registered under its asset tag since
     */
    ValidRow readAgain(int line, List<String> cells, long validatedVersion) {
        List<RowProblem> problems = new ArrayList<>();
        return read(line, cells, problems, OptionalLong.of(validatedVersion)).orElseThrow(() -> new IllegalStateException(
                "the row on line " + line + " was valid and, its stored item unchanged, is no longer: " + problems));
    }

    private Optional<ValidRow> read(int line, List<String> cells, List<RowProblem> problems,
                                    OptionalLong validatedVersion) {
        Problems row = new Problems(line);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank() && !columns.isNamed(i)) {
                row.add("#" + (i + 1), "cmdb.import.cell-without-header", String.valueOf(i + 1));
            }
            if (cells.get(i).indexOf('\u0000') >= 0) { // no database stores it; PostgreSQL refuses it outright
                int column = i;
                String name = columns.columns().stream().filter(c -> c.index() == column).map(c -> c.code())
                        .findFirst().orElse("#" + (i + 1));
                row.add(name, "cmdb.import.nul-character", String.valueOf(i + 1));
            }
        }
        Map<String, String> values = values(cells);
        Optional<CiClass> ciClass = ciClass(values.get("class"), row);
        Optional<ConfigurationItem> stored = stored(values.get("assetTag"));
        if (validatedVersion.isPresent()) {
            CmdbService.checkUnchanged(AssetTag.of(values.get("assetTag")), stored, validatedVersion.getAsLong());
        }
        stored.filter(item -> ciClass.filter(c -> c.code().equals(item.classCode())).isPresent())
                .ifPresent(item -> keepWhatTheFileDoesNotMention(item, values));
        ServiceCriticality criticality = parse(ServiceCriticality.class, values, "criticality", row,
                "cmdb.import.bad-criticality");
        CiStatus status = parse(CiStatus.class, values, "status", row, "cmdb.import.bad-status");
        if (status == CiStatus.DISPOSED) {
            row.add(columns.headerOf("status"), "cmdb.import.bad-status", values.get("status"));
        }
        if (status != null && stored.isPresent() && stored.get().status() != status) {
            row.add(columns.headerOf("status"), "cmdb.import.status-differs", values.get("status"),
                    stored.get().status().name());
        }
        LocalDate warrantyEnd = date(values, row);
        Map<String, String> attributes = new LinkedHashMap<>();
        values.forEach((code, value) -> {
            if (!ImportOptions.FIELDS.contains(code)) {
                attributes.put(code, value);
            }
        });
        CiData data = new CiData(values.get("assetTag"), values.get("name"), values.get("serialNumber"),
                values.get("campus"), values.get("building"), values.get("floor"), values.get("room"),
                values.get("owningDepartment"), values.get("supportGroup"), criticality, values.get("vendor"),
                warrantyEnd, attributes);
        ciClass.ifPresent(c -> {
            for (AttributeViolation violation : c.validate(attributes)) {
                row.add(columns.headerOf(violation.attribute()), violation.reason(),
                        violation.arguments().toArray(String[]::new));
            }
        });
        for (ConstraintViolation<CiData> violation : validator.validate(data)) {
            addConstraint(violation, row);
        }
        checkAssetTag(line, values.get("assetTag"), ciClass, stored, row);
        if (row.isEmpty()) {
            try {
                CmdbService.details(data);
            } catch (IllegalArgumentException refused) {
                row.add("", "cmdb.import.rejected", refused.getMessage());
            }
        }
        problems.addAll(row.inColumnOrder());
        return row.isEmpty() ? Optional.of(new ValidRow(line, ciClass.orElseThrow().code(), data,
                status == null ? DEFAULT_STATUS : status, stored.map(ConfigurationItem::version).orElse(0L)))
                : Optional.empty();
    }

    /** The stored item with the row's asset tag, if the tag is one. */
    private Optional<ConfigurationItem> stored(String tag) {
        try {
            return tag == null ? Optional.empty() : items.findByAssetTag(AssetTag.of(tag));
        } catch (IllegalArgumentException notATag) {
            return Optional.empty();
        }
    }

    /**
     * Adds the stored values of the fields and attributes the file has no column for, so that
     * a file of fewer columns (asset tag, name and a new room, say) changes only what it gives.
     * A column the file has, left empty, clears its value.
     */
    private void keepWhatTheFileDoesNotMention(ConfigurationItem item, Map<String, String> values) {
        CiDetails d = item.details();
        Map<String, Optional<String>> stored = new LinkedHashMap<>();
        stored.put("name", Optional.of(d.name()));
        stored.put("serialNumber", d.serialNumber());
        stored.put("campus", d.location().campus());
        stored.put("building", d.location().building());
        stored.put("floor", d.location().floor());
        stored.put("room", d.location().room());
        stored.put("owningDepartment", d.owningDepartment().map(DepartmentId::value));
        stored.put("supportGroup", d.supportGroup().map(GroupId::value));
        stored.put("criticality", Optional.of(d.criticality().name()));
        stored.put("vendor", d.vendor());
        stored.put("warrantyEnd", d.warrantyEnd().map(LocalDate::toString));
        d.attributes().forEach((code, value) -> stored.put(code, Optional.of(value)));
        stored.forEach((code, value) -> {
            if (!columns.has(code)) {
                value.ifPresent(v -> values.put(code, v));
            }
        });
    }

    /** Code to stripped value of every non-blank cell the import reads. */
    private Map<String, String> values(List<String> cells) {
        Map<String, String> values = new HashMap<>();
        for (Column column : columns.columns()) {
            String value = column.index() < cells.size() ? cells.get(column.index()).strip() : "";
            if (!value.isEmpty()) {
                values.put(column.code(), value);
            }
        }
        return values;
    }

    private Optional<CiClass> ciClass(String text, Problems row) {
        if (text == null) {
            row.add(columns.headerOf("class"), "cmdb.import.required");
            return Optional.empty();
        }
        Optional<CiClass> found = Optional.ofNullable(classesByName.get(key(text)));
        if (found.isEmpty()) {
            row.add(columns.headerOf("class"), "cmdb.import.unknown-class", text);
        }
        return found;
    }

    /**
     * The constant {@code values} gives for {@code field}: its name in any case, with blanks
     * or hyphens for underscores (which its English label is), or its Chinese label.
     */
    private <E extends Enum<E>> E parse(Class<E> type, Map<String, String> values, String field, Problems row,
                                        String problem) {
        String text = values.get(field);
        if (text == null) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name) || Text.label(constant).in(Locale.CHINESE).equals(text)) {
                return constant;
            }
        }
        row.add(columns.headerOf(field), problem, text);
        return null;
    }

    private LocalDate date(Map<String, String> values, Problems row) {
        String text = values.get("warrantyEnd");
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            row.add(columns.headerOf("warrantyEnd"), "cmdb.import.bad-date", text);
        }
        return date.orElse(null);
    }

    private void addConstraint(ConstraintViolation<CiData> violation, Problems row) {
        String code = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (code == null) {
                code = node.getName();
            }
            if ("attributes".equals(code) && node.getKey() != null) {
                code = String.valueOf(node.getKey());
            }
        }
        String column = columns.headerOf(code);
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank" -> row.add(column, "cmdb.import.required");
            case "Size" -> row.add(column, "cmdb.import.too-long", String.valueOf(limits.get("max")));
            case "Pattern" -> row.add(column, "cmdb.import.blank-inside");
            default -> row.add(column, "cmdb.import.invalid-value", violation.getMessage());
        }
    }

    /** The asset tag must not be used higher up in the file, nor by a stored item of another class. */
    private void checkAssetTag(int line, String tag, Optional<CiClass> ciClass, Optional<ConfigurationItem> stored,
                               Problems row) {
        String column = columns.headerOf("assetTag");
        if (tag == null || row.has(column)) {
            return;
        }
        AssetTag assetTag;
        try {
            assetTag = AssetTag.of(tag);
        } catch (IllegalArgumentException refused) {
            row.add(column, "cmdb.import.rejected", refused.getMessage());
            return;
        }
        Integer first = assetTagLines.putIfAbsent(assetTag.value(), line);
        if (first != null) {
            row.add(column, "cmdb.import.duplicate-asset-tag", assetTag.value(), String.valueOf(first));
            return;
        }
        ciClass.ifPresent(c -> stored.filter(item -> !item.classCode().equals(c.code()))
                .ifPresent(item -> row.add(columns.headerOf("class"), "cmdb.import.class-change", assetTag.value(),
                        item.classCode(), c.code())));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The problems of one row, the first for each column only (a bad date is not also "required"). */
    private final class Problems {
        private final int line;
        private final Map<String, RowProblem> byColumn = new LinkedHashMap<>();

        Problems(int line) {
            this.line = line;
        }

        void add(String column, String code, String... arguments) {
            byColumn.putIfAbsent(column, RowProblem.of(line, column, code, arguments));
        }

        boolean has(String column) {
            return byColumn.containsKey(column);
        }

        boolean isEmpty() {
            return byColumn.isEmpty();
        }

        List<RowProblem> inColumnOrder() {
            List<RowProblem> sorted = new ArrayList<>(byColumn.values());
            sorted.sort(Comparator.comparingInt((RowProblem p) -> columns.positionOf(p.column()))
                    .thenComparing(RowProblem::column));
            return ImmutableList.copyOf(sorted);
        }
    }
}
