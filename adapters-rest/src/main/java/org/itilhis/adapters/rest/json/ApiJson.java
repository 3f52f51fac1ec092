package org.itilhis.adapters.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration of the API, given to Jersey's JSON provider: ISO-8601
 * instants, absent fields instead of nulls, and strict reading (unknown fields, trailing
 * content, numbers for enums, floats for integers and strings for numbers are refused; text
 * holding the NUL character and instants outside {@link #EARLIEST} to {@link #LATEST} too,
 * each as a 400 naming the field).
 */
public final class ApiJson implements ContextResolver<ObjectMapper> {
    /** The earliest instant a request may carry. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest instant a request may carry: no database stores a later one the same way. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final ObjectMapper mapper = create();

    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("itilhis-text")
                        .addDeserializer(String.class, new TextDeserializer())
                        .addDeserializer(Instant.class, new BoundedInstantDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Strings as Jackson reads them, but none with the NUL character, which no database stores. */
    private static final class TextDeserializer extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(text.replace("\u0000", "\\u0000"), String.class,
                        "contains the NUL character");
            }
            return text;
        }
    }

    /** ISO-8601 instants within {@link #EARLIEST} and {@link #LATEST}. */
    private static final class BoundedInstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        BoundedInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
                throw context.weirdStringException(parser.getText(), Instant.class, "out of range");
            }
            return instant;
        }
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** {@code value} as the JSON the API sends for it. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), impossible);
        }
    }
}
