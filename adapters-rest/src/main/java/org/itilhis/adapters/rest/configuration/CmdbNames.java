package org.itilhis.adapters.rest.configuration;

import com.google.common.base.Enums;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.common.Fields;

/**
 * The names of the CMDB's enumerations as the API takes them: lifecycle actions, relationship
 * types and statuses are accepted as the constant ({@code SEND_TO_REPAIR}) or as a path
 * segment ({@code send-to-repair}), so that an allowed step listed by a refusal can be sent
 * back as it is.
 */
public final class CmdbNames {
    private CmdbNames() {
    }

    /** The constant named by {@code text}; {@code null} (recorded against {@code field}) if none is. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text, Fields fields) {
        if (text == null) {
            return null;
        }
        E found = Enums.getIfPresent(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_')).orNull();
        fields.check(found != null, field, "field.unknown-value", segments(type));
        return found;
    }

    /** {@code SEND_TO_REPAIR} as {@code send-to-repair}. */
    public static String segment(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String segments(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(CmdbNames::segment).collect(Collectors.joining(", "));
    }
}
