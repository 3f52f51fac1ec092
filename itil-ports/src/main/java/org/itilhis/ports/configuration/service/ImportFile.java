package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An imported CSV file, copied to a temporary file as it arrives so that the import can read
 * it more than once (check that it parses, validate its rows, write them) without holding it
 * in memory; {@link #close()} deletes the copy. Each {@link #records()} is one pass over its
 * records as RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), each with
 * the physical line it starts on.
 *
 * <p>Without an explicit character set: a UTF-8 byte order mark, or bytes that are strictly
 * valid UTF-8, mean UTF-8; anything else is GB18030, the superset of GBK and GB2312 that
 * Chinese spreadsheets save CSV in. Valid UTF-8 is rarely also plausible GBK, so the check
 * in this order is the usual one; a file that fools it is read with an explicit charset. The
 * bytes are checked against the candidate character sets while they are copied.
 */
final class ImportFile implements Closeable {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** A record of the file and the physical line it starts on. */
    record Row(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final Path copy;
    private final Charset charset;
    private final boolean decodable;

    private ImportFile(Path copy, Charset charset, boolean decodable) {
        this.copy = copy;
        this.charset = charset;
        this.decodable = decodable;
    }

    /**
     * Copies {@code in} to its end into a temporary file (the caller closes {@code in}),
     * checking the bytes against {@code charset}, or against UTF-8 and GB18030 to detect it.
     */
    static ImportFile copyOf(InputStream in, Optional<Charset> charset) {
        checkNotNull(in, "in");
        checkNotNull(charset, "charset");
        Path copy = null;
        try {
            copy = Files.createTempFile("itilhis-import-", ".csv");
            StrictDecoding givenOrUtf8 = new StrictDecoding(charset.orElse(StandardCharsets.UTF_8));
            StrictDecoding gb18030 = new StrictDecoding(GB18030);
            byte[] start = new byte[UTF8_BOM.length];
            int startLength = 0;
            try (OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    int take = Math.min(n, start.length - startLength);
                    System.arraycopy(buffer, 0, start, startLength, take);
                    startLength += take;
                    givenOrUtf8.feed(buffer, n);
                    if (charset.isEmpty()) {
                        gb18030.feed(buffer, n);
                    }
                }
            }
            givenOrUtf8.end();
            gb18030.end();
            boolean bom = startLength == UTF8_BOM.length && Arrays.equals(start, UTF8_BOM);
            if (charset.isPresent() || bom || givenOrUtf8.valid()) {
                return new ImportFile(copy, charset.orElse(StandardCharsets.UTF_8), givenOrUtf8.valid());
            }
            return new ImportFile(copy, GB18030, gb18030.valid());
        } catch (IOException e) {
            delete(copy);
            throw new UncheckedIOException("copying the CSV file to import", e);
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    /** The character set the file is read in, given or detected. */
    Charset charset() {
        return charset;
    }

    /** Whether the file is valid text in {@link #charset()}; if not, it is not read at all. */
    boolean isDecodable() {
        return decodable;
    }

    /** A new pass over the file's records; close it when done. */
    Records records() {
        try {
            PhysicalLines text = new PhysicalLines(new BufferedReader(
                    new InputStreamReader(Files.newInputStream(copy), charset), 64 * 1024));
            return new Records(text, CSV.parse(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the copy of the CSV file to import", e);
        }
    }

    /** Where the copy is, while it is open. */
    Path copy() {
        return copy;
    }

    @Override
    public void close() {
        delete(copy);
    }

    private static void delete(Path copy) {
        try {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("deleting the copy of the imported CSV file " + copy, e);
        }
    }

    /**
     * The records of one pass, in file order. A malformed record (a quote not closed, text
     * after a closing quote) ends the pass; {@link #malformedAt()} then gives the line where
     * it starts.
     */
    static final class Records implements Iterator<Row>, Closeable {
        private final PhysicalLines lines;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private OptionalInt malformedAt = OptionalInt.empty();

        private Records(PhysicalLines lines, CSVParser parser) {
            this.lines = lines;
            this.parser = parser;
            this.records = parser.iterator();
        }

        @Override
        public boolean hasNext() {
            if (malformedAt.isPresent()) {
                return false;
            }
            long linesBefore = parser.getCurrentLineNumber();
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException malformed) {
                malformedAt = OptionalInt.of((int) linesBefore + 1);
                return false;
            }
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = records.next();
            return new Row(lines.lineOfRecordAt(record.getCharacterPosition()), record.toList());
        }

        /** Passes over the first record, the header, and answers the rest. */
        Records skipHeader() {
            if (hasNext()) {
                next();
            }
            return this;
        }

        /** The line of the malformed record that ended the pass, if one did. */
        OptionalInt malformedAt() {
            return malformedAt;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing the copy of the CSV file to import", e);
            }
        }
    }

    /** Decodes bytes fed in chunks only to learn whether they are valid text in a character set. */
    private static final class StrictDecoding {
        private final CharsetDecoder decoder;
        private final CharBuffer scratch = CharBuffer.allocate(16 * 1024);
        /** The bytes not decoded yet, in write mode: a character cut by a chunk's end waits here for the rest. */
        private ByteBuffer input = ByteBuffer.allocate(64 * 1024 + 16);
        private boolean valid = true;

        StrictDecoding(Charset charset) {
            decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        void feed(byte[] bytes, int length) {
            if (!valid) {
                return;
            }
            if (input.remaining() < length) {
                input.flip();
                input = ByteBuffer.allocate(input.remaining() + length).put(input);
            }
            input.put(bytes, 0, length).flip();
            decode(false);
            input.compact();
        }

        void end() {
            if (valid) {
                input.flip();
                decode(true);
                scratch.clear();
                valid = !decoder.flush(scratch).isError();
            }
        }

        boolean valid() {
            return valid;
        }

        private void decode(boolean endOfInput) {
            while (valid) {
                scratch.clear();
                CoderResult result = decoder.decode(input, scratch, endOfInput);
                if (result.isError()) {
                    valid = false;
                } else if (result.isUnderflow()) {
                    return;
                }
            }
        }
    }
}
