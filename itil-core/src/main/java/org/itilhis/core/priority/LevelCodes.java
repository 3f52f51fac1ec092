package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Pattern;

/** The shared spelling rule of impact and urgency codes. */
final class LevelCodes {
    static final int MAX_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    private LevelCodes() {
    }

    static String normalise(String code, String axis) {
        checkNotNull(code, "%s code", axis);
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        checkArgument(CODE.matcher(normalised).matches(),
                "%s code must be letters, digits and underscores: '%s'", axis, code);
        checkArgument(normalised.length() <= MAX_LENGTH,
                "%s code is longer than %s characters: %s", axis, MAX_LENGTH, normalised);
        return normalised;
    }
}
