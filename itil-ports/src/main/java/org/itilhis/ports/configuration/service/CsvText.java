package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of an imported CSV file, decoded, with where each physical line starts so that a
 * record's character position gives its line number.
 *
 * <p>Without an explicit character set: a UTF-8 byte order mark, or bytes that are strictly
 * valid UTF-8, mean UTF-8; anything else is GB18030, the superset of GBK and GB2312 that
 * Chinese spreadsheets save CSV in. Valid UTF-8 is rarely also plausible GBK, so the check
 * in this order is the usual one; a file that fools it is read with an explicit charset.
 */
record CsvText(Charset charset, String text, int[] lineStarts) {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    CsvText {
        checkNotNull(charset, "charset");
        checkNotNull(text, "text");
    }

    /**
     * Decodes {@code bytes} in {@code charset}, or in the detected one; a leading byte order
     * mark is dropped.
     *
     * @throws CharacterCodingException if the bytes are not valid text in that character set
     */
    static CsvText decode(byte[] bytes, Optional<Charset> charset) throws CharacterCodingException {
        Charset chosen = charset.orElseGet(() -> detect(bytes));
        String text = strictly(chosen, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new CsvText(chosen, text, lineStarts(text));
    }

    /** The character set of {@code bytes} when the options name none; see the class comment. */
    static Charset detect(byte[] bytes) {
        if (bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3)) {
            return StandardCharsets.UTF_8;
        }
        try {
            strictly(StandardCharsets.UTF_8, bytes);
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    /**
     * The 1-based physical line where the record at {@code position} starts. The parser gives
     * the position before the empty lines it skipped, so line breaks there are passed over: a
     * record never starts with one (a quoted field starts with its quote).
     */
    int lineOfRecordAt(long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        int found = Arrays.binarySearch(lineStarts, start);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static String strictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Where each line starts; a line ends with CR LF, LF or CR, as the CSV parser counts them. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
