package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to read a CSV file of configuration items, and how many rows to write at a time.
 *
 * <ul>
 *   <li>{@code mode}: what is written when some rows are invalid.</li>
 *   <li>{@code charset}: the file's character set; when empty it is detected: a UTF-8 byte
 *       order mark or strictly valid UTF-8 means UTF-8, anything else is read as GB18030
 *       (which includes GBK and GB2312), as Chinese spreadsheets save CSV.</li>
 *   <li>{@code headers}: header text to the code of a field ({@link #FIELDS}) or of a class
 *       attribute ({@code hostname}); matched after stripping, ignoring case (the keys are kept
 *       stripped and in lower case). A header the mapping does not name is taken as an
 *       attribute code itself. {@link #DEFAULT_HEADERS} accepts the field codes and the usual
 *       Chinese headers.</li>
 *   <li>{@code batchRows}: how many rows are written per transaction, from 1 to
 *       {@value #MAX_BATCH_ROWS} ({@value #DEFAULT_BATCH_ROWS} unless set), so that a large file
 *       never holds a connection or its locks for long while other requests wait for them.</li>
 * </ul>
 *
 * <p>A column that is neither a field nor an attribute of any class is reported once, on the
 * header's line, and ignored: in {@link ImportMode#ALL_OR_NOTHING} mode that problem alone
 * stops the import, as its values would be lost. A column for an attribute of other classes
 * than the row's may stay empty in that row. An empty cell is an absent value.
 *
 * <p>A row for a stored item (same asset tag) changes only what the file has columns for:
 * the item keeps the values of fields and attributes the file does not mention, and an empty
 * cell of a column the file has clears that value.
 */
public record ImportOptions(ImportMode mode, Optional<Charset> charset, ImmutableMap<String, String> headers,
                            int batchRows) {
    /**
     * The fields of a row besides attributes: {@code class} is the class code (or its name in
     * English or Chinese), {@code warrantyEnd} a date, year first (2027-06-30, 2027/6/30, 2027年6月30日), {@code criticality}
     * CLINICAL_CRITICAL, IMPORTANT or GENERAL (any case, or 临床关键, 重要, 一般), {@code status}
     * the state an item is registered in (default {@code IN_USE}: an import is an inventory of
     * the estate; a stored item's state is changed by lifecycle steps, not by an import, and a
     * row giving a stored item another state is reported as a problem of its status column).
     */
    public static final ImmutableList<String> FIELDS = ImmutableList.of("class", "assetTag", "name", "serialNumber",
            "campus", "building", "floor", "room", "owningDepartment", "supportGroup", "criticality", "vendor",
            "warrantyEnd", "status");

    /** The columns every file must have. */
    public static final ImmutableList<String> REQUIRED_FIELDS = ImmutableList.of("assetTag", "name", "class",
            "criticality");

    /** The field codes themselves, and the Chinese headers hospitals' asset lists commonly use. */
    public static final ImmutableMap<String, String> DEFAULT_HEADERS = defaultHeaders();

    /** Rows per transaction unless set: a few hundred milliseconds of writing on PostgreSQL. */
    public static final int DEFAULT_BATCH_ROWS = 500;

    /** The most rows a transaction may write. */
    public static final int MAX_BATCH_ROWS = 10_000;

    public ImportOptions {
        checkNotNull(mode, "mode");
        checkArgument(batchRows >= 1 && batchRows <= MAX_BATCH_ROWS, "batchRows %s is not in [1, %s]", batchRows,
                MAX_BATCH_ROWS);
        checkNotNull(charset, "charset");
        checkNotNull(headers, "headers");
        Map<String, String> byKey = new LinkedHashMap<>();
        headers.forEach((header, code) -> {
            checkArgument(!header.isBlank() && !code.isBlank(), "blank header or code in %s=%s", header, code);
            checkArgument(byKey.put(key(header), code.strip()) == null, "the header %s is mapped twice", header);
        });
        headers = ImmutableMap.copyOf(byKey);
    }

    /** The options writing {@value #DEFAULT_BATCH_ROWS} rows per transaction. */
    public ImportOptions(ImportMode mode, Optional<Charset> charset, ImmutableMap<String, String> headers) {
        this(mode, charset, headers, DEFAULT_BATCH_ROWS);
    }

    /** Nothing written unless the whole file is valid; the character set detected; the default headers. */
    public static ImportOptions allOrNothing() {
        return new ImportOptions(ImportMode.ALL_OR_NOTHING, Optional.empty(), DEFAULT_HEADERS);
    }

    /** The valid rows written; the character set detected; the default headers. */
    public static ImportOptions validRowsOnly() {
        return new ImportOptions(ImportMode.VALID_ROWS_ONLY, Optional.empty(), DEFAULT_HEADERS);
    }

    /** These options, reading the file in {@code fileCharset} instead of detecting it. */
    public ImportOptions withCharset(Charset fileCharset) {
        return new ImportOptions(mode, Optional.of(checkNotNull(fileCharset, "fileCharset")), headers, batchRows);
    }

    /** These options, writing {@code rows} rows per transaction. */
    public ImportOptions withBatchRows(int rows) {
        return new ImportOptions(mode, charset, headers, rows);
    }

    /** These options, with {@code header} read as the field or attribute {@code code}. */
    public ImportOptions withHeader(String header, String code) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(key(checkNotNull(header, "header")), checkNotNull(code, "code"));
        return new ImportOptions(mode, charset, ImmutableMap.copyOf(more), batchRows);
    }

    /** The field or attribute code of a column headed {@code header}: mapped, or the header itself. */
    public String codeOf(String header) {
        String stripped = header.strip();
        return headers.getOrDefault(key(stripped), stripped);
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    private static ImmutableMap<String, String> defaultHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        FIELDS.forEach(field -> headers.put(field, field));
        headers.put("classCode", "class");
        headers.put("类别", "class");
        headers.put("类型", "class");
        headers.put("资产标签", "assetTag");
        headers.put("资产编号", "assetTag");
        headers.put("名称", "name");
        headers.put("序列号", "serialNumber");
        headers.put("院区", "campus");
        headers.put("楼宇", "building");
        headers.put("楼层", "floor");
        headers.put("房间", "room");
        headers.put("所属科室", "owningDepartment");
        headers.put("支持组", "supportGroup");
        headers.put("重要性", "criticality");
        headers.put("供应商", "vendor");
        headers.put("保修截止", "warrantyEnd");
        headers.put("保修截止日期", "warrantyEnd");
        headers.put("状态", "status");
        headers.put("制造商", "manufacturer");
        headers.put("型号", "model");
        headers.put("主机名", "hostname");
        headers.put("IP地址", "ipAddress");
        headers.put("MAC地址", "macAddress");
        headers.put("管理IP", "managementIp");
        headers.put("操作系统", "operatingSystem");
        headers.put("CPU核数", "cpuCores");
        headers.put("内存GB", "memoryGb");
        headers.put("端口数", "portCount");
        headers.put("设备角色", "deviceRole");
        headers.put("打印机类型", "printerKind");
        headers.put("容量TB", "capacityTb");
        headers.put("版本", "version");
        headers.put("支持截止", "supportEnd");
        headers.put("数据库引擎", "engine");
        headers.put("端口", "port");
        headers.put("中间件类型", "middlewareKind");
        headers.put("服务时间", "serviceHours");
        headers.put("厂商产品", "vendorProduct");
        headers.put("AE标题", "dicomAeTitle");
        return ImmutableMap.copyOf(headers);
    }
}
