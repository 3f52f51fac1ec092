package org.itilhis.adapters.rest.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.monitoring.AlertRejection;
import org.itilhis.core.monitoring.MalformedAlertsException;

/**
 * Reading a delivery's JSON strictly, each refusal naming the field as a JSON pointer
 * ({@code /alerts/2/startsAt}): a value of the wrong type is never guessed at.
 */
final class JsonReader {
    /** The most labels one alert may carry. */
    static final int MAX_LABELS = 200;
    /** The longest label name, and the longest fingerprint and name. */
    static final int MAX_NAME = 200;
    /** The longest label value. */
    static final int MAX_VALUE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReader() {
    }

    /** The body as a JSON object. */
    static JsonNode object(byte[] body) {
        if (body.length == 0) {
            throw new MalformedAlertsException("body", "the body is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new MalformedAlertsException("body", "not JSON (or cut short) at line "
                    + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ": "
                    + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new MalformedAlertsException("body", "unreadable: " + unreadable.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedAlertsException("body", "not a JSON object");
        }
        return root;
    }

    static JsonNode array(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray()) {
            throw new MalformedAlertsException(path + "/" + name, node == null ? "missing" : "not an array");
        }
        return node;
    }

    /** The text at {@code name}; empty when absent or null; refused when of another type or longer than {@code max}. */
    static Optional<String> text(JsonNode parent, String path, String name, int max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new MalformedAlertsException(path + "/" + name, "not a string");
        }
        if (node.textValue().length() > max) {
            throw new MalformedAlertsException(path + "/" + name, "longer than " + max + " characters");
        }
        return Optional.of(node.textValue());
    }

    static String required(JsonNode parent, String path, String name, int max) {
        String text = text(parent, path, name, max).orElseThrow(() ->
                new MalformedAlertsException(path + "/" + name, "missing"));
        if (text.isBlank()) {
            throw new MalformedAlertsException(path + "/" + name, "blank");
        }
        return text.strip();
    }

    /** An ISO-8601 instant with offset; Go's zero time {@code 0001-01-01T00:00:00Z} reads as absent. */
    static Optional<Instant> instant(JsonNode parent, String path, String name) {
        Optional<String> text = text(parent, path, name, 64).filter(t -> !t.isBlank());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(text.get().strip()).toInstant();
            return instant.isBefore(Instant.parse("0002-01-01T00:00:00Z")) ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeParseException notAnInstant) {
            throw new MalformedAlertsException(path + "/" + name, "not an ISO-8601 instant with offset: "
                    + AlertRejection.cap(text.get(), 64));
        }
    }

    static Instant requiredInstant(JsonNode parent, String path, String name) {
        return instant(parent, path, name).orElseThrow(() ->
                new MalformedAlertsException(path + "/" + name, "missing"));
    }

    /** An object of string values ({@code labels}, {@code annotations}); empty when absent. */
    static ImmutableMap<String, String> strings(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return ImmutableMap.of();
        }
        if (!node.isObject()) {
            throw new MalformedAlertsException(path + "/" + name, "not an object");
        }
        if (node.size() > MAX_LABELS) {
            throw new MalformedAlertsException(path + "/" + name, "more than " + MAX_LABELS + " entries");
        }
        ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (key.isEmpty() || key.length() > MAX_NAME) {
                throw new MalformedAlertsException(path + "/" + name, "a key that is empty or longer than "
                        + MAX_NAME + " characters");
            }
            values.put(key, text(node, path + "/" + name, key, MAX_VALUE).orElse(""));
        }
        return values.buildKeepingLast();
    }

    /** The alert as delivered, for a rejection. */
    static String excerpt(JsonNode node) {
        return AlertRejection.cap(node.toString(), AlertRejection.MAX_EXCERPT);
    }
}
