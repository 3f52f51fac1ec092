package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The text of an imported file on its way to the CSV parser, numbering its physical lines as
 * it passes, so that a record's character position gives the line it starts on without the
 * text being kept. A leading byte order mark is dropped. A line ends with CR LF, LF or CR, as
 * the CSV parser counts them.
 *
 * <p>It remembers only the lines the parser has read ahead of the last record asked about
 * (a buffer's worth), so a file of any length takes the same memory.
 */
final class PhysicalLines extends Reader {
    private final Reader in;
    /** Lines not yet passed over, each as {@code start * 2 + (starts with a line break ? 1 : 0)}. */
    private final ArrayDeque<Long> lines = new ArrayDeque<>();
    /** The 1-based number of the first line in {@link #lines}. */
    private int firstLine = 1;
    private long position;
    private boolean atLineStart = true;
    private boolean afterCr;
    private boolean started;

    PhysicalLines(Reader in) {
        this.in = checkNotNull(in, "in");
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0 && !started) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                n--;
                if (n == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        for (int i = offset; i < offset + n; i++) {
            pass(buffer[i]);
        }
        return n;
    }

    private void pass(char c) {
        if (afterCr) {
            afterCr = false;
            atLineStart = true;
            if (c == '\n') {
                position++;
                return;
            }
        }
        if (atLineStart) {
            lines.addLast(position * 2 + (c == '\r' || c == '\n' ? 1 : 0));
            atLineStart = false;
        }
        if (c == '\n') {
            atLineStart = true;
        } else if (c == '\r') {
            afterCr = true;
        }
        position++;
    }

    /**
     * The 1-based physical line where the record at {@code position} starts. The parser gives
     * the position before the empty lines it skipped, so those are passed over: a record never
     * starts with a line break (a quoted field starts with its quote). Positions must be asked
     * about in increasing order, as the parser reads the records.
     */
    int lineOfRecordAt(long position) {
        checkArgument(!lines.isEmpty() && start(lines.peekFirst()) <= position,
                "position %s was passed over already or not read yet", position);
        while (lines.size() > 1 && start(secondLine()) <= position) {
            lines.removeFirst();
            firstLine++;
        }
        while (lines.size() > 1 && (lines.peekFirst() & 1) == 1) {
            lines.removeFirst();
            firstLine++;
        }
        return firstLine;
    }

    private long secondLine() {
        Iterator<Long> waiting = lines.iterator();
        waiting.next();
        return waiting.next();
    }

    private static long start(long line) {
        return line >> 1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
