package org.itilhis.ports.archfixture;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.input.BOMInputStream;

/** Planted violation: Commons IO, which Commons CSV brings along, used directly by ports. */
public final class CommonsIoBomStripper {
    private CommonsIoBomStripper() {
    }

    public static InputStream withoutBom(InputStream in) throws IOException {
        return BOMInputStream.builder().setInputStream(in).get();
    }
}
