package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document only grows: every path, operation, parameter, request body media
 * type, response status, schema, schema property and enum value of the baseline (the
 * document as it stood before issue 13 moved the code into practice packages) is still in the
 * document served today, under the same name. Integrators' generated clients keep compiling
 * and working. Adding is free; to remove or rename anything, a major version and a new
 * baseline are needed.
 */
class OpenApiCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void nothingOfTheBaselineIsRemovedOrRenamed() throws IOException {
        JsonNode baseline = read("/org/itilhis/adapters/rest/openapi-baseline.json");
        JsonNode current = read("/org/itilhis/adapters/rest/resource/openapi.json");

        assertThat(missing(baseline, current)).isEmpty();
    }

    @Test
    void theCheckFindsARemovedParameterPropertyAndEnumValue() throws IOException {
        JsonNode baseline = read("/org/itilhis/adapters/rest/openapi-baseline.json");
        JsonNode changed = baseline.deepCopy();
        String path = changed.get("paths").fieldNames().next();
        ((ObjectNode) changed.get("paths")).remove(path);
        String schema = firstSchemaWith(changed, "properties");
        ObjectNode properties =
                (ObjectNode) changed.at("/components/schemas/" + schema + "/properties");
        String property = properties.fieldNames().next();
        properties.remove(property);
        String enumSchema = firstSchemaWith(changed, "enum");
        ((ArrayNode) changed.at("/components/schemas/" + enumSchema + "/enum"))
                .remove(0);

        assertThat(missing(baseline, changed)).contains("path " + path, "property " + schema + "." + property)
                .anyMatch(line -> line.startsWith("enum value " + enumSchema + "."));
    }

    /** What of {@code baseline} {@code current} lacks, one line each. */
    static List<String> missing(JsonNode baseline, JsonNode current) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : fields(baseline.get("paths"))) {
            JsonNode now = current.get("paths").get(path.getKey());
            if (now == null) {
                missing.add("path " + path.getKey());
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
                if (METHODS.contains(operation.getKey())) {
                    operation(path.getKey() + " " + operation.getKey(), operation.getValue(),
                            now.get(operation.getKey()), missing);
                }
            }
        }
        JsonNode schemas = current.at("/components/schemas");
        for (Map.Entry<String, JsonNode> schema : fields(baseline.at("/components/schemas"))) {
            JsonNode now = schemas.get(schema.getKey());
            if (now == null) {
                missing.add("schema " + schema.getKey());
                continue;
            }
            for (String property : names(schema.getValue().get("properties"))) {
                if (now.get("properties") == null || now.get("properties").get(property) == null) {
                    missing.add("property " + schema.getKey() + "." + property);
                }
            }
            Set<String> values = texts(now.get("enum"));
            for (String value : texts(schema.getValue().get("enum"))) {
                if (!values.contains(value)) {
                    missing.add("enum value " + schema.getKey() + "." + value);
                }
            }
        }
        return missing;
    }

    private static void operation(String name, JsonNode before, JsonNode now, List<String> missing) {
        if (now == null) {
            missing.add("operation " + name);
            return;
        }
        Set<String> parameters = new TreeSet<>();
        now.path("parameters").forEach(p -> parameters.add(p.path("in").asText() + " " + p.path("name").asText()));
        before.path("parameters").forEach(p -> {
            String parameter = p.path("in").asText() + " " + p.path("name").asText();
            if (!parameters.contains(parameter)) {
                missing.add("parameter " + name + " " + parameter);
            }
        });
        for (String type : names(before.path("requestBody").get("content"))) {
            if (now.path("requestBody").path("content").get(type) == null) {
                missing.add("request body " + name + " " + type);
            }
        }
        for (String status : names(before.get("responses"))) {
            if (now.path("responses").get(status) == null) {
                missing.add("response " + name + " " + status);
            }
        }
    }

    private static String firstSchemaWith(JsonNode document, String field) {
        for (Map.Entry<String, JsonNode> schema : fields(document.at("/components/schemas"))) {
            if (schema.getValue().get(field) != null && schema.getValue().get(field).size() > 0) {
                return schema.getKey();
            }
        }
        throw new IllegalStateException("no schema with " + field);
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        if (node != null) {
            node.fields().forEachRemaining(fields::add);
        }
        return fields;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null) {
            Iterator<String> it = node.fieldNames();
            it.forEachRemaining(names::add);
        }
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        if (array != null) {
            array.forEach(value -> texts.add(value.asText()));
        }
        return texts;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = OpenApiCompatibilityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }
}
