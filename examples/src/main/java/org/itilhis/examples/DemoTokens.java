package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.testkit.DemoHospital;

/**
 * One bearer token per person of the demo hospital, kept in {@value #FILE_NAME} in the data
 * directory: random (144 bits from {@link SecureRandom}) when the file is first written, the
 * same at every later start until they expire ({@value #EXPIRY_KEY}, a week after they were made
 * unless configured), so that scripts and the README's {@code curl} story keep working across
 * restarts; expired tokens are replaced by new ones at the next start. Delete the file for new
 * tokens. Its lines are {@code NAME=token}, a properties file that a POSIX shell can also load
 * ({@code . ./data/demo-tokens.properties}).
 *
 * <p>Anyone who can read the file can act as these people: it is written readable by its owner
 * only, and it is for demonstration. The {@link BearerTokenAuthenticator} built from it keeps
 * only the tokens' SHA-256 hashes, and refuses them after their expiry; the start-up lines show
 * only a {@linkplain #prefix prefix} of each.
 */
public final class DemoTokens {
    public static final String FILE_NAME = "demo-tokens.properties";
    /** The property of the file that holds when its tokens expire, an ISO-8601 instant. */
    public static final String EXPIRY_KEY = "DEMO_TOKENS_EXPIRE";
    /** How long new tokens are valid unless configured. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(ServerConfiguration.DEFAULT_DEMO_TOKEN_DAYS);

    /** The demo hospital's people by the names the file and the shell use. */
    public static final ImmutableMap<String, Actor> PEOPLE = ImmutableMap.<String, Actor>builder()
            .put("NURSE_WANG", DemoHospital.NURSE_WANG)
            .put("CLERK_LI", DemoHospital.CLERK_LI)
            .put("DOCTOR_ZHAO", DemoHospital.DOCTOR_ZHAO)
            .put("AGENT_CHEN", DemoHospital.AGENT_CHEN)
            .put("ENGINEER_LIU", DemoHospital.ENGINEER_LIU)
            .put("ENGINEER_ZHOU", DemoHospital.ENGINEER_ZHOU)
            .put("LEAD_SUN", DemoHospital.LEAD_SUN)
            .put("SPECIALIST_HUANG", DemoHospital.SPECIALIST_HUANG)
            .put("LEAD_WU", DemoHospital.LEAD_WU)
            .put("NETWORK_MA", DemoHospital.NETWORK_MA)
            .put("VENDOR_ENGINEER", DemoHospital.VENDOR_ENGINEER)
            .put("DIRECTOR_GAO", DemoHospital.DIRECTOR_GAO)
            .put("CONFIG_MANAGER_QIAN", DemoHospital.CONFIG_MANAGER_QIAN)
            .put("PRIVACY_OFFICER_HE", DemoHospital.PRIVACY_OFFICER_HE)
            .put("PROBLEM_MANAGER_ZHAO", DemoHospital.PROBLEM_MANAGER_ZHAO)
            .put("CHANGE_MANAGER_LIN", DemoHospital.CHANGE_MANAGER_LIN)
            .put("HEAD_NURSE_HAN", DemoHospital.HEAD_NURSE_HAN)
            .put("RELEASE_MANAGER_XU", DemoHospital.RELEASE_MANAGER_XU)
            .buildOrThrow();

    /** What {@link BearerTokenAuthenticator} accepts, and a shell takes unquoted. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final int RANDOM_BYTES = 18;
    /** How much of a token the start-up lines show: {@code demo-} and four random characters. */
    private static final int SHOWN_CHARACTERS = 9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final ImmutableMap<String, String> tokens;
    private final Instant expiresAt;
    private final Clock clock;

    private DemoTokens(Path file, Map<String, String> tokens, Instant expiresAt, Clock clock) {
        this.file = file;
        this.tokens = ImmutableMap.copyOf(tokens);
        this.expiresAt = expiresAt;
        this.clock = clock;
    }

    /** {@link #loadOrCreate(Path, Duration, Clock)} with the default lifetime, on the system's clock. */
    public static DemoTokens loadOrCreate(Path dataDirectory) {
        return loadOrCreate(dataDirectory, DEFAULT_LIFETIME, Clock.systemUTC());
    }

    /**
     * The tokens of {@value #FILE_NAME} in {@code dataDirectory}, written back with what changed:
     * all new, valid for {@code lifetime}, when the file is missing or its tokens have expired
     * (or have no readable expiry); otherwise a new token for each person the file lacks (or
     * names with a malformed token), valid as long as the others.
     *
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static DemoTokens loadOrCreate(Path dataDirectory, Duration lifetime, Clock clock) {
        Path file = checkNotNull(dataDirectory, "dataDirectory").resolve(FILE_NAME);
        checkArgument(!checkNotNull(lifetime, "lifetime").isNegative() && !lifetime.isZero(),
                "lifetime %s is not positive", lifetime);
        Instant now = checkNotNull(clock, "clock").instant();
        Properties stored = read(file);
        Optional<Instant> storedExpiry = expiry(stored).filter(now::isBefore);
        if (storedExpiry.isEmpty()) {
            stored.clear();
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        boolean complete = storedExpiry.isPresent();
        for (String name : PEOPLE.keySet()) {
            String token = stored.getProperty(name, "").strip();
            if (!TOKEN.matcher(token).matches()) {
                token = newToken();
                complete = false;
            }
            tokens.put(name, token);
        }
        Instant expiresAt = storedExpiry.orElseGet(() -> now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS));
        DemoTokens demo = new DemoTokens(file, tokens, expiresAt, clock);
        if (!complete) {
            demo.write();
        }
        return demo;
    }

    private static Optional<Instant> expiry(Properties stored) {
        try {
            return Optional.ofNullable(stored.getProperty(EXPIRY_KEY)).map(String::strip).map(Instant::parse);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** When the tokens stop working. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The file the tokens are kept in. */
    public Path file() {
        return file;
    }

    /** The token of a person of {@link #PEOPLE}, by name ({@code AGENT_CHEN}). */
    public String token(String name) {
        String token = tokens.get(name);
        if (token == null) {
            throw new IllegalArgumentException("no demo person " + name + "; known: " + PEOPLE.keySet());
        }
        return token;
    }

    /**
     * The first characters of a person's token, as the start-up lines show it: enough to tell
     * which token a shell holds, too few to act with.
     */
    public String prefix(String name) {
        return token(name).substring(0, SHOWN_CHARACTERS) + "...";
    }

    /** An authenticator that knows the hashes of these tokens, each granted to its person until they expire. */
    public BearerTokenAuthenticator authenticator() {
        BearerTokenAuthenticator.Builder builder = BearerTokenAuthenticator.builder().clock(clock);
        PEOPLE.forEach((name, actor) -> builder.grantHashed(BearerTokenAuthenticator.sha256Hex(tokens.get(name)), actor,
                expiresAt));
        return builder.build();
    }

    /** The roles of a person, as the start-up lines and the file show them. */
    static String roles(Actor actor) {
        return actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot read the demo tokens in " + file, failure);
            }
        }
        return properties;
    }

    /** Writes the file readable by its owner only (where the file system has POSIX permissions), atomically. */
    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            ownerOnly(temporary);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write(text());
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the demo tokens to " + file, failure);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private String text() {
        StringBuilder text = new StringBuilder()
                .append("# Demo bearer tokens of the itilhis hospital service desk, one per person of the demo\n")
                .append("# hospital. Whoever reads this file can act as them: for demonstration only.\n")
                .append("# They expire at ").append(EXPIRY_KEY).append(" (UTC); the next start after that makes new ones,\n")
                .append("# and so does deleting the file. Load them into a POSIX shell with\n")
                .append("#   . ./data/").append(FILE_NAME).append('\n')
                .append('\n').append(EXPIRY_KEY).append('=').append(expiresAt).append('\n');
        PEOPLE.forEach((name, actor) -> text.append('\n')
                .append("# ").append(actor.staffId().value()).append(' ').append(roles(actor)).append('\n')
                .append(name).append('=').append(tokens.get(name)).append('\n'));
        return text.toString();
    }
}
