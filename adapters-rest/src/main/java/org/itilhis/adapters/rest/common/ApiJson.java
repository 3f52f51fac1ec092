package org.itilhis.adapters.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

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
                        .addDeserializer(String.class, new Checked<>(String.class, StringDeserializer.instance,
                                text -> text.indexOf('\u0000') >= 0 ? Optional.of("contains the NUL character")
                                        : Optional.empty()))
                        .addDeserializer(Instant.class, new Checked<>(Instant.class, InstantDeserializer.INSTANT,
                                instant -> instant.isBefore(EARLIEST) || instant.isAfter(LATEST)
                                        ? Optional.of("out of range") : Optional.empty())))
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

    /**
     * A value as {@code reader} reads it, refused (an invalid value of {@code type}, which the
     * JSON exception mapper names by its field) when {@code refused} says why.
     */
    private static final class Checked<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient JsonDeserializer<T> reader;
        private final transient Function<T, Optional<String>> refused;

        Checked(Class<T> type, JsonDeserializer<T> reader, Function<T, Optional<String>> refused) {
            super(type);
            this.reader = reader;
            this.refused = refused;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = reader.deserialize(parser, context);
            Optional<String> why = value == null ? Optional.empty() : refused.apply(value);
            if (why.isPresent()) {
                throw context.weirdStringException(parser.getText().replace("\u0000", "\\u0000"), handledType(),
                        why.get());
            }
            return value;
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
