package org.itilhis.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.itilhis.adapters.rest.common.OpenApiResource;

/**
 * Checks an answer of the running API against the OpenAPI document the server serves: the
 * operation that the method and path name, the status among its responses (or {@code default}),
 * the Content-Type among that response's media types, and the body against that media type's
 * schema, {@code $ref}s into the components resolved by the networknt validator in the OpenAPI
 * 3.1 dialect, with formats asserted. An answer to a request no operation describes (an unknown
 * path, a method the path lacks) must be a 4xx problem ({@code ErrorJson}).
 *
 * <p>{@link RunningApi.Reply} checks every answer it wraps, so every HTTP test checks the
 * document; what was checked is counted by operation and status and written to
 * {@code target/openapi-answers.txt} when the test JVM ends.
 */
final class OpenApiAnswers {
    private static final String PROBLEM = "application/problem+json";
    private static final String ERROR_SCHEMA = "/components/schemas/ErrorJson";
    private static final String LOCATION = "classpath:" + OpenApiResource.DOCUMENT.substring(1);

    /** The document in the main resources, the one the server serves. */
    static final OpenApiAnswers DOCUMENT = read();

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));
    private final ConcurrentMap<String, Schema> schemas = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> checked = new ConcurrentHashMap<>();

    /** A check of its own, with counts of its own, against the document in the main resources. */
    OpenApiAnswers() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            document = json.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static OpenApiAnswers read() {
        OpenApiAnswers answers = new OpenApiAnswers();
        Runtime.getRuntime().addShutdownHook(new Thread(answers::writeCounts, "openapi-answers"));
        return answers;
    }

    /** One answer: what was asked and what came back. */
    record Answer(String method, String path, int status, String contentType, String body) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.request().method(), response.request().uri().getRawPath(),
                    response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " " + contentType + " " + body;
        }
    }

    /** Sends the request on a client of the test's own and checks the answer. */
    static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return DOCUMENT.check(client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Fails, naming the operation, status and schema errors, unless the document describes the answer. */
    HttpResponse<String> check(HttpResponse<String> response) {
        check(Answer.of(response));
        return response;
    }

    /** Fails, naming the operation, status and schema errors, unless the document describes the answer. */
    void check(Answer answer) {
        List<String> mismatches = mismatches(answer);
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The answer does not match the OpenAPI document: " + String.join("; ", mismatches)
                    + "\n  answer: " + abbreviate(answer.toString()));
        }
    }

    /** What in the answer the document does not describe; empty when it describes all of it. */
    List<String> mismatches(Answer answer) {
        Optional<Operation> found = operation(answer.method(), answer.path());
        if (found.isEmpty()) {
            count(answer.method() + " (no operation)", answer.status());
            return undescribed(answer);
        }
        Operation operation = found.get();
        count(operation.toString(), answer.status());
        String[] key = {String.valueOf(answer.status()), answer.status() / 100 + "XX", "default"};
        String pointer = null;
        for (String status : key) {
            if (operation.node().path("responses").has(status)) {
                pointer = operation.pointer() + "/responses/" + escape(status);
                break;
            }
        }
        if (pointer == null) {
            return List.of(operation + ": status " + answer.status() + " is not documented (documented: "
                    + names(operation.node().path("responses").fieldNames()) + ")");
        }
        // A response in the components: follow the reference, so the schema's location is its own.
        while (document.at(pointer).has("$ref")) {
            pointer = document.at(pointer).get("$ref").asText().substring(1);
        }
        return body(operation + " " + answer.status(), pointer, answer);
    }

    /** The body of the answer against the response at {@code pointer}. */
    private List<String> body(String what, String pointer, Answer answer) {
        JsonNode content = document.at(pointer).path("content");
        boolean empty = answer.body() == null || answer.body().isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return empty ? List.of() : List.of(what + ": the document describes no body, the answer has "
                    + abbreviate(answer.body()));
        }
        if (empty) {
            return List.of(what + ": the answer has no body, the document describes " + names(content.fieldNames()));
        }
        String mediaType = mediaType(answer.contentType());
        if (!content.has(mediaType)) {
            return List.of(what + ": Content-Type " + answer.contentType() + " is not documented (documented: "
                    + names(content.fieldNames()) + ")");
        }
        return schema(what + " " + mediaType, pointer + "/content/" + escape(mediaType) + "/schema", mediaType,
                answer.body());
    }

    private List<String> schema(String what, String pointer, String mediaType, String body) {
        JsonNode instance;
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            try {
                instance = json.readTree(body);
            } catch (IOException notJson) {
                return List.of(what + ": the body is not JSON: " + abbreviate(body));
            }
        } else {
            instance = TextNode.valueOf(body);
        }
        List<Error> errors = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(
                LOCATION + "#" + uriFragment(p)))).validate(instance);
        List<String> mismatches = new ArrayList<>();
        errors.stream().limit(10).forEach(error -> mismatches.add(what + ": at " + location(error) + " "
                + error.getMessage() + " (schema " + error.getSchemaLocation().toString().replace(LOCATION, "") + ")"));
        return mismatches;
    }

    /** An answer to a request the document does not describe is a client error, as a problem. */
    private List<String> undescribed(Answer answer) {
        String what = "no operation for " + answer.method() + " " + answer.path() + ", " + answer.status();
        if (answer.status() < 400 || answer.status() >= 500) {
            return List.of(what + ": only a client error answers a request the document does not describe");
        }
        if (!PROBLEM.equals(mediaType(answer.contentType()))) {
            return List.of(what + ": Content-Type " + answer.contentType() + " is not " + PROBLEM);
        }
        return schema(what + " " + PROBLEM, ERROR_SCHEMA, PROBLEM, answer.body());
    }

    /** An operation of the document: its path template, method and JSON pointer. */
    record Operation(String template, String method, JsonNode node) {
        String pointer() {
            return "/paths/" + escape(template) + "/" + method;
        }

        @Override
        public String toString() {
            return node.path("operationId").asText("?") + " (" + method.toUpperCase(Locale.ROOT) + " " + template + ")";
        }
    }

    /**
     * The operation for a method and raw path (anything before {@code /api/} is where the API is
     * mounted): among the templates that match segment by segment, a literal segment wins over a
     * template at the first place they differ, as OpenAPI says.
     */
    Optional<Operation> operation(String method, String rawPath) {
        int api = rawPath.indexOf("/api/");
        if (api < 0) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(api).split("/", -1);
        String best = null;
        for (Iterator<String> templates = document.path("paths").fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            String[] parts = template.split("/", -1);
            if (matches(parts, segments) && (best == null || moreLiteral(parts, best.split("/", -1)))) {
                best = template;
            }
        }
        String verb = method.toLowerCase(Locale.ROOT);
        if (best == null || !document.path("paths").path(best).has(verb)) {
            return Optional.empty();
        }
        return Optional.of(new Operation(best, verb, document.path("paths").path(best).path(verb)));
    }

    private static boolean matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
            if (variable ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean moreLiteral(String[] template, String[] than) {
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{");
            if (variable != than[i].startsWith("{")) {
                return !variable;
            }
        }
        return false;
    }

    private static String location(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.isEmpty() ? "/" : location;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** A JSON pointer reference token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A JSON pointer as a URI fragment: the validator URL-decodes a token that holds a {@code %},
     * so {@code +} (as in {@code problem+json}), braces and {@code %} itself go percent-encoded.
     */
    private static String uriFragment(String pointer) {
        return pointer.replace("%", "%25").replace("+", "%2B").replace("{", "%7B").replace("}", "%7D")
                .replace(" ", "%20");
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 600 ? String.valueOf(text) : text.substring(0, 600) + "…";
    }

    private void count(String operation, int status) {
        checked.computeIfAbsent(operation + " " + status, k -> new LongAdder()).increment();
    }

    /** How many answers were checked, by status and by operation and status. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        checked.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    private void writeCounts() {
        Map<String, Long> byOperation = counts();
        if (byOperation.isEmpty()) {
            return;
        }
        Map<String, Long> byStatus = new TreeMap<>();
        byOperation.forEach((key, count) -> byStatus.merge(key.substring(key.lastIndexOf(' ') + 1), count, Long::sum));
        StringBuilder text = new StringBuilder("Answers checked against the OpenAPI document: ")
                .append(byStatus.values().stream().mapToLong(Long::longValue).sum()).append("\n\nby status\n");
        byStatus.forEach((status, count) -> text.append(status).append('\t').append(count).append('\n'));
        text.append("\nby operation and status\n");
        byOperation.forEach((key, count) -> text.append(key).append('\t').append(count).append('\n'));
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("openapi-answers.txt"), text, StandardCharsets.UTF_8);
            }
        } catch (IOException ignored) {
            // A report only: the checks themselves already passed or failed their tests.
        }
    }
}
