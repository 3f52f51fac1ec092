package org.itilhis.core.archfixture;

import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/** Planted violation: core reads a file from disk (only bundled resources may be read). */
public final class FileReadingCalendar {
    public int firstCharacter(String path) {
        try (Reader reader = new FileReader(path)) {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
