package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of the hospital service desk as one process sees them: each by its environment
 * variable name ({@code ITILHIS_DB_URL}), read from its system property ({@code itilhis.db.url})
 * when that is set, else from the environment variable; blank counts as not set. Every failure
 * names the setting and says what is wrong with its value, never a secret's value.
 */
final class Settings {
    /**
     * The "system property" of a secret read from the environment only: a system property is
     * given on a command line, which every user of the machine can read.
     */
    static final String ENVIRONMENT_ONLY = "";
    private static final Splitter COMMAS = Splitter.on(',').trimResults().omitEmptyStrings();

    /** The settings by environment variable name, with their system property names. */
    private final ImmutableMap<String, String> names;
    private final Function<String, String> properties;
    private final Function<String, String> environment;

    Settings(ImmutableMap<String, String> names, Function<String, String> properties,
             Function<String, String> environment) {
        this.names = checkNotNull(names, "names");
        this.properties = checkNotNull(properties, "properties");
        this.environment = checkNotNull(environment, "environment");
    }

    /** The value of {@code name}, stripped, or empty when it is not set or blank. */
    Optional<String> get(String name) {
        return raw(name)
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    /** The value of {@code name} as it was given. */
    private Optional<String> raw(String name) {
        checkArgument(names.containsKey(name), "unknown setting %s", name);
        String property = names.get(name);
        return Optional.ofNullable(property.equals(ENVIRONMENT_ONLY) ? null : properties.apply(property))
                .or(() -> Optional.ofNullable(environment.apply(name)));
    }

    boolean isSet(String name) {
        return get(name).isPresent();
    }

    /** The whole number {@code name} holds, or {@code fallback} when it is not set. */
    int number(String name, int fallback) {
        Optional<String> value = get(name);
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(shown(name) + " is not a number: " + value.orElseThrow(), notANumber);
        }
    }

    /** Whether {@code name} is {@code true} or {@code false} (in any case), or {@code fallback} when it is not set. */
    boolean flag(String name, boolean fallback) {
        return get(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(shown(name) + " is neither true nor false: " + value);
        }).orElse(fallback);
    }

    /** The comma-separated values of {@code name}; empty when it is not set. */
    ImmutableList<String> list(String name) {
        return get(name).map(value -> ImmutableList.copyOf(COMMAS.split(value))).orElse(ImmutableList.of());
    }

    /**
     * A secret given either as a value ({@code valueName}) or as a file holding it
     * ({@code fileName}), never both: the file's UTF-8 content less one line break at its end
     * (as {@code echo} and editors leave it), so that the secret need not appear on a command
     * line nor in the environment of every process the service starts.
     *
     * @throws IllegalArgumentException naming the setting if both are set or the file cannot be read
     */
    Optional<String> secret(String valueName, String fileName) {
        Optional<String> file = get(fileName);
        if (file.isEmpty()) {
            // a secret's value is not stripped: its blanks may be part of it
            return raw(valueName).filter(value -> !value.isEmpty());
        }
        checkArgument(!isSet(valueName), "%s and %s are both set: give the secret in one of them only",
                valueName, fileName);
        return Optional.of(readSecretFile(fileName, Path.of(file.get())));
    }

    /** {@code file}'s content less one line break at its end, or an error naming {@code setting}. */
    String readSecretFile(String setting, Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException(shown(setting) + ": the file " + file + " is not UTF-8 text", notUtf8);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException(shown(setting) + ": the file " + file + " cannot be read ("
                    + unreadable.getClass().getSimpleName() + ")", unreadable);
        }
        if (content.endsWith("\r\n")) {
            content = content.substring(0, content.length() - 2);
        } else if (content.endsWith("\n")) {
            content = content.substring(0, content.length() - 1);
        }
        checkArgument(!content.isEmpty(), "%s: the file %s is empty", shown(setting), file);
        return content;
    }

    /** {@code ITILHIS_PORT (itilhis.port)}: how errors name a setting. */
    String shown(String name) {
        String property = names.get(name);
        return name + " (" + (property.equals(ENVIRONMENT_ONLY) ? "environment only" : property) + ")";
    }
}
